// Runs as the page loads, ahead of the app's own scripts (a classic script needs no module graph):
// starts opening the device database, so that the app finds the connection ready instead of
// waiting for it after its scripts have run. src/app/store/early-connection.ts takes the
// connection over; the name is DATABASE_NAME of src/app/store/schema.ts. It never creates the
// database, and it lets go at once when anything wants to upgrade or delete it, or after ten
// seconds if the app has not taken it by then.
(() => {
  if (typeof indexedDB === 'undefined') return;
  const request = indexedDB.open('homeassess');
  const early = { request, isTaken: false };
  globalThis.homeassessEarlyOpen = early;
  // Only a database that does not exist yet asks for an upgrade here: create nothing.
  request.onupgradeneeded = () => request.transaction?.abort();
  // That refusal, or storage not available: the app opens (and reports) on its own.
  request.onerror = (event) => event.preventDefault();
  request.onsuccess = () => {
    const database = request.result;
    database.onversionchange = () => database.close();
    setTimeout(() => {
      if (!early.isTaken) database.close();
    }, 10_000);
  };
})();
