/// <reference lib="webworker" />
// The service worker: precaches the app shell so the app opens with no network; never caches the API.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

/** The message the page sends when the person accepts "a new version is ready". */
export const SKIP_WAITING_MESSAGE = 'SKIP_WAITING';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);

self.addEventListener('message', (event) => {
  if (event.data?.type === SKIP_WAITING_MESSAGE) void self.skipWaiting();
});

// The first install takes control at once so the shell works offline from the first visit; later
// versions wait (above) until the person chooses to update, so a visit is never interrupted.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
