// The main navigation: a bottom tab bar on a tablet in portrait, a side rail on wider screens.
import { AppLink } from './app-link';
import { type NavigationScreenName, SCREENS, type ScreenName } from './router';

const ICONS: Record<NavigationScreenName, string> = {
  visits: 'M4 5h16v14H4zM8 3v4M16 3v4M4 10h16',
  clients: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4 4-6 8-6s8 2 8 6',
  review: 'M5 3h10l4 4v14H5zM9 12l2 2 4-4',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM4 12h2M18 12h2M12 4v2M12 18v2',
};

export function Navigation({ current }: { current: ScreenName }) {
  // The sync screen is reached from the top bar; no tab is current on it.
  return (
    <nav class="navigation" aria-label="Main">
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen.name}>
            <AppLink href={screen.path} aria-current={screen.name === current ? 'page' : undefined}>
              <svg viewBox="0 0 24 24" aria-hidden="true" class="navigation-icon">
                <path d={ICONS[screen.name]} />
              </svg>
              <span>{screen.label}</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
