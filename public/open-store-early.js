// Runs as the page loads, ahead of the app's own scripts (a classic script needs no module graph):
// starts opening the device database, so that the app finds the connection ready instead of
// waiting for it after its scripts have run. src/app/store/early-connection.ts takes the
// connection over; the names follow src/app/store/store-location.ts (base name DATABASE_NAME of
// schema.ts, which the page puts on this script's tag; a generation is a storage bucket
// `homeassess-N`, or a database `homeassess~N` where the browser has no buckets). It opens only a database that exists, and only when there is
// exactly one generation (with two, a move is unfinished and the store settles it); it never
// creates anything, and it lets go at once when anything wants to upgrade or delete the database,
// or after ten seconds if the app has not taken it by then.
(() => {
  // The page names the database on this tag (from src/app/store/schema.ts, at build time).
  const base =
    typeof document === 'undefined' ? undefined : document.currentScript?.dataset?.database;
  if (typeof indexedDB === 'undefined' || typeof base !== 'string' || base.startsWith('%')) return;
  const buckets = globalThis.navigator?.storageBuckets;
  const generationOf = (name, prefix) =>
    typeof name === 'string' &&
    name.startsWith(prefix) &&
    /^[1-9][0-9]*$/.test(name.slice(prefix.length));
  const openExisting = (factory, name) =>
    new Promise((resolve) => {
      const request = factory.open(name);
      // Only a database that does not exist yet asks for an upgrade here: create nothing.
      request.onupgradeneeded = () => request.transaction?.abort();
      // That refusal, or storage not available: the app opens (and reports) on its own.
      request.onerror = (event) => {
        event.preventDefault();
        resolve(undefined);
      };
      request.onsuccess = () => resolve(request.result);
    });
  const early = { opened: Promise.resolve(undefined), isTaken: false };
  early.opened = (async () => {
    const [bucketNames, databases] = await Promise.all([
      buckets === undefined ? [] : buckets.keys(),
      indexedDB.databases === undefined ? [{ name: base }] : indexedDB.databases(),
    ]);
    const found = bucketNames
      .filter((name) => generationOf(name, `${base}-`))
      .map((bucket) => ({ bucket, name: base }));
    for (const { name } of databases) {
      if (name === base || (buckets === undefined && generationOf(name, `${base}~`)))
        found.push({ name });
    }
    if (found.length !== 1) return undefined;
    const [location] = found;
    // The bucket object is handed over with the connection: Chromium stops serving a
    // connection whose bucket object has been garbage-collected.
    const storageBucket =
      location.bucket === undefined ? undefined : await buckets.open(location.bucket);
    const factory = storageBucket === undefined ? indexedDB : storageBucket.indexedDB;
    const database = await openExisting(factory, location.name);
    if (database === undefined) return undefined;
    database.onversionchange = () => database.close();
    setTimeout(() => {
      if (!early.isTaken) database.close();
    }, 10_000);
    return { database, bucket: location.bucket, storageBucket };
  })().catch(() => undefined);
  globalThis.homeassessEarlyOpen = early;
})();
