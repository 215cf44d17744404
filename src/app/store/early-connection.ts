// Takes over the device database connection that public/open-store-early.js began opening as the
// page loaded, when it is the location and version this app expects; otherwise the store opens its own.

/** What the early script found and opened: the database, and the bucket it is in, if any. */
export interface EarlyDatabase {
  database: IDBDatabase;
  bucket?: string;
  /** The bucket object the database came from, held while the connection is used. */
  storageBucket?: unknown;
}

interface EarlyOpen {
  opened: Promise<EarlyDatabase | undefined>;
  isTaken: boolean;
}

declare global {
  var homeassessEarlyOpen: EarlyOpen | undefined;
}

/**
 * The early connection to the database at `location` if there is one at `version`, now belonging
 * to the caller (who must handle its versionchange and close, and hold `bucket` while using it);
 * undefined if the store should open its own. Only one caller takes it.
 */
export async function takeEarlyConnection(
  location: { bucket?: string; name: string },
  version: number,
): Promise<{ database: IDBDatabase; bucket?: unknown } | undefined> {
  const early = globalThis.homeassessEarlyOpen;
  if (early === undefined || early.isTaken) return undefined;
  early.isTaken = true;
  globalThis.homeassessEarlyOpen = undefined;
  const opened = await early.opened.catch(() => undefined);
  if (opened === undefined) return undefined;
  const { database } = opened;
  if (
    database.name !== location.name ||
    opened.bucket !== location.bucket ||
    database.version !== version
  ) {
    database.close();
    return undefined;
  }
  database.onversionchange = null;
  return { database, bucket: opened.storageBucket };
}
