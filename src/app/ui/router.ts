// A small path router: the app's screens are addresses, so reload and back keep the person's place.
import { useEffect, useState } from 'preact/hooks';

/** The screens of the main navigation. */
export type NavigationScreenName = 'visits' | 'clients' | 'review' | 'settings';
export type ScreenName = NavigationScreenName | 'sync';

export interface Screen<Name extends ScreenName = ScreenName> {
  name: Name;
  path: string;
  label: string;
}

export const SCREENS: readonly Screen<NavigationScreenName>[] = [
  { name: 'visits', path: '/visits', label: 'Visits' },
  { name: 'clients', path: '/clients', label: 'Clients' },
  { name: 'review', path: '/review', label: 'Review' },
  { name: 'settings', path: '/settings', label: 'Settings' },
];

/** Screens reached from elsewhere than the main navigation. */
const OTHER_SCREENS: readonly Screen[] = [{ name: 'sync', path: '/sync', label: 'Sync' }];

/** The screen an address shows; the root and unknown addresses show the visits. */
export function screenForPath(path: string): ScreenName {
  const match = [...SCREENS, ...OTHER_SCREENS].find(
    (screen) => path === screen.path || path.startsWith(`${screen.path}/`),
  );
  return match?.name ?? 'visits';
}

/** The part of the path after a screen's own, e.g. the client id in /clients/123. */
export function pathDetail(path: string, screenPath: string): string | undefined {
  if (!path.startsWith(`${screenPath}/`)) return undefined;
  const detail = decodeURIComponent(path.slice(screenPath.length + 1));
  return detail === '' ? undefined : detail;
}

const NAVIGATE_EVENT = 'homeassess:navigate';

/**
 * Moves to `path` (which may carry a query) without a page load. `replace` takes the place of the
 * current history entry, so typing in a search field does not leave one entry per keystroke.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (`${window.location.pathname}${window.location.search}` === path) return;
  if (options.replace === true) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current path and query, updated on navigation and on back/forward. */
export function useLocation(): { path: string; search: string } {
  const read = () => ({ path: window.location.pathname, search: window.location.search });
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return location;
}

/** The current path, updated on navigation and on back/forward. */
export function usePath(): string {
  return useLocation().path;
}
