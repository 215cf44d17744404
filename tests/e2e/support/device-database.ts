// The app's device database in a test's page, wherever the store keeps it now: the newest storage
// bucket `homeassess-N`, or `homeassess` in the default storage (src/app/store/store-location.ts).
import type { JSHandle, Page } from '@playwright/test';

/** Opens the device database the app created (never creating one); close it when done. */
export async function openDeviceDatabase(page: Page): Promise<JSHandle<IDBDatabase>> {
  return page.evaluateHandle(async () => {
    const buckets = (
      navigator as Navigator & {
        storageBuckets?: {
          keys(): Promise<string[]>;
          open(name: string): Promise<{ indexedDB: IDBFactory }>;
        };
      }
    ).storageBuckets;
    const generations = ((await buckets?.keys()) ?? [])
      .map((name) => /^homeassess-([1-9][0-9]*)$/.exec(name)?.[1])
      .filter((digits) => digits !== undefined)
      .map(Number)
      .sort((first, second) => first - second);
    const newest = generations.at(-1);
    const factory =
      newest === undefined || buckets === undefined
        ? indexedDB
        : (await buckets.open(`homeassess-${newest}`)).indexedDB;
    return new Promise<IDBDatabase>((resolve, reject) => {
      const opening = factory.open('homeassess');
      opening.onupgradeneeded = () => {
        opening.transaction?.abort();
        reject(new Error('The app has not created its database yet.'));
      };
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => resolve(opening.result);
    });
  });
}

/** Puts rows into one store of the device database in one transaction. */
export async function putRows(
  page: Page,
  storeName: string,
  rows: unknown[],
  key?: IDBValidKey,
): Promise<void> {
  const database = await openDeviceDatabase(page);
  // Passed as unknown: Playwright's argument types recurse too deep on JSON field values.
  const argument: unknown = { name: storeName, batch: rows, outOfLineKey: key };
  try {
    await database.evaluate(
      (opened, given) =>
        new Promise<void>((resolve, reject) => {
          const { name, batch, outOfLineKey } = given as {
            name: string;
            batch: unknown[];
            outOfLineKey?: IDBValidKey;
          };
          const store = opened.transaction(name, 'readwrite').objectStore(name);
          const { transaction } = store;
          for (const row of batch)
            if (outOfLineKey === undefined) store.put(row);
            else store.put(row, outOfLineKey);
          transaction.oncomplete = () => resolve();
          transaction.onabort = () => reject(transaction.error);
        }),
      argument,
    );
  } finally {
    await database.evaluate((opened) => opened.close());
  }
}

/** Every row of every store in the device database, as a thief with the disk would read it. */
export async function dumpDeviceDatabase(page: Page): Promise<string> {
  const opened = await openDeviceDatabase(page);
  return opened.evaluate(async (database) => {
    const dump: Record<string, unknown> = {};
    for (const name of Array.from(database.objectStoreNames)) {
      const store = database.transaction(name).objectStore(name);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) =>
            new Promise<unknown[]>((resolve, reject) => {
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      dump[name] = { keys, values };
    }
    database.close();
    // No named helper in here: a TypeScript loader that keeps names (the benchmarks' tsx) would
    // wrap it in a helper the page does not have.
    return JSON.stringify(dump, (_key, value: unknown) => {
      let bytes: Uint8Array | undefined;
      if (value instanceof ArrayBuffer) bytes = new Uint8Array(value);
      else if (ArrayBuffer.isView(value))
        bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      if (bytes === undefined) return value;
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return `base64:${btoa(text)}`;
    });
  });
}
