// Registers the service worker through workbox-window and reports when a new version waits.
import { Workbox } from 'workbox-window';

export interface UpdateHandlers {
  /** A new version is installed and waiting; call `apply` when the person chooses to update. */
  onUpdateReady(apply: () => void): void;
}

/** Registers /sw.js in production builds; the page reloads only after the person accepts. */
export function registerServiceWorker(handlers: UpdateHandlers): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    handlers.onUpdateReady(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
}
