// The blank page's service worker: precaches the files /precache.json lists, answers from the
// cache (every navigation with the page), and takes control at once, as the app's worker does.
const CACHE_NAME = 'blank-preact';

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch('/precache.json')
      .then((response) => response.json())
      .then((urls) => caches.open(CACHE_NAME).then((cache) => cache.addAll(urls)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const cached = request.mode === 'navigate' ? caches.match('/') : caches.match(request);
  event.respondWith(cached.then((response) => response ?? fetch(request)));
});
