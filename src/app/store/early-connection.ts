// Takes over the device database connection that public/open-store-early.js began opening as the
// page loaded, when it is the version this app expects; otherwise the store opens its own.

interface EarlyOpen {
  request: IDBOpenDBRequest;
  isTaken: boolean;
}

declare global {
  var homeassessEarlyOpen: EarlyOpen | undefined;
}

/** Waits for the early open request to settle; undefined if it failed. */
function settled(request: IDBOpenDBRequest): Promise<IDBDatabase | undefined> {
  if (request.readyState === 'done') {
    return Promise.resolve(request.error === null ? request.result : undefined);
  }
  return new Promise((resolve) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => resolve(undefined));
  });
}

/**
 * The early connection to `name` if there is one at `version`, now belonging to the caller (who
 * must handle its versionchange and close); undefined if the store should open its own. Only one
 * caller takes it.
 */
export async function takeEarlyConnection(
  name: string,
  version: number,
): Promise<IDBDatabase | undefined> {
  const early = globalThis.homeassessEarlyOpen;
  if (early === undefined || early.isTaken) return undefined;
  early.isTaken = true;
  globalThis.homeassessEarlyOpen = undefined;
  const database = await settled(early.request);
  if (database === undefined) return undefined;
  if (database.name !== name || database.version !== version) {
    database.close();
    return undefined;
  }
  database.onversionchange = null;
  return database;
}
