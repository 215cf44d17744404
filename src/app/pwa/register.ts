// Registers the service worker through workbox-window and reports when a new version waits.

export interface UpdateHandlers {
  /** A new version is installed and waiting; call `apply` when the person chooses to update. */
  onUpdateReady(apply: () => void): void;
}

/** How long registering may wait for an idle moment after the page has loaded. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Resolves once the page has loaded and the main thread is idle, so that registering (and loading
 * workbox-window) does not compete with the first screen reading the device and rendering.
 */
async function pageSettled(): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  await new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) {
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else setTimeout(resolve, 0);
  });
}

/**
 * Registers /sw.js in production builds once the page has settled (workbox-window is loaded then,
 * not with the app); the page reloads only after the person accepts an update.
 */
export async function registerServiceWorker(handlers: UpdateHandlers): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  await pageSettled();
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => {
    handlers.onUpdateReady(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
}
