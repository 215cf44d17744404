// The app's frame: the lock, then header with connection status, navigation, the screen, update offer.
import { useEffect, useState } from 'preact/hooks';
import type { EntityName } from '../../domain/entities';
import { type Connectivity, monitorConnectivity, probeServer } from '../sync/connectivity';
import { ConnectionStatus } from './connection-status';
import { ConnectivityContext } from './connectivity-context';
import { EditRefusalNotice } from './edit-refusal-notice';
import { useFeed } from './feed';
import { type LazyScreen, lazyScreen } from './lazy-screen';
import { LockRequiredScreen } from './lock/lock-required';
import { LockScreen } from './lock/lock-screen';
import { Navigation } from './navigation';
import { type ScreenName, screenForPath, usePath } from './router';
import { type AppServices, ServicesContext } from './services';
import { SyncBadge } from './sync/sync-badge';
import { UpdateBanner } from './update-banner';
import { VisitsScreen, visitsScreenLists } from './visits/visits-screen';

const SCREEN_COMPONENTS: Record<ScreenName, preact.ComponentType> = {
  visits: VisitsScreen,
  clients: lazyScreen(
    'Clients',
    async () => (await import('./clients/clients-screen')).ClientsScreen,
  ),
  review: lazyScreen('Review', async () => (await import('./review/review-screen')).ReviewScreen),
  settings: lazyScreen(
    'Settings',
    async () => (await import('./screens/settings-screen')).SettingsScreen,
  ),
  sync: lazyScreen('Sync', async () => (await import('./sync/sync-screen')).SyncScreen),
};

// The screen the app opens on starts downloading now, while the device store opens, instead of
// after the lock has been read.
const openingScreen: Partial<LazyScreen<object>> =
  SCREEN_COMPONENTS[screenForPath(window.location.pathname)];
void openingScreen.preload?.();

/** The records the screen at `path` lists first, to read while the device opens. */
export function openingScreenLists(path: string): readonly EntityName[] {
  return screenForPath(path) === 'visits' ? visitsScreenLists(path) : [];
}

function useConnectivity(): Connectivity {
  const [state, setState] = useState<Connectivity>('checking');
  useEffect(() => monitorConnectivity({ probe: () => probeServer(fetch), onChange: setState }), []);
  return state;
}

export interface AppNotices {
  /** Set when a new version waits; calling it updates and reloads. */
  applyUpdate: (() => void) | undefined;
  /** Another tab upgraded the device database; this tab must reload to go on saving. */
  isStoreOutdated: boolean;
}

/** How long the device may take to open before the page says it is opening. */
const OPENING_NOTICE_DELAY_MS = 400;

/**
 * While the device store opens: nothing at first, since it usually opens within a few frames and
 * painting a notice only to replace it slows the first screen; a notice if it takes longer.
 */
function Opening() {
  const [isSlow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), OPENING_NOTICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main class="lock-screen" aria-busy="true">
      {isSlow && <p>Opening HomeAssess…</p>}
    </main>
  );
}

/** The app, or only the lock screen while the device is locked (nothing of the app behind it). */
export function App({ services, notices }: { services: AppServices; notices: AppNotices }) {
  const lockState = useFeed(services.lockState);
  if (lockState === 'starting') return <Opening />;
  if (lockState === 'locked') {
    return <LockScreen lock={services.lock} now={services.now} onReset={() => location.reload()} />;
  }
  return <UnlockedApp services={services} notices={notices} />;
}

function UnlockedApp({ services, notices }: { services: AppServices; notices: AppNotices }) {
  const { applyUpdate, isStoreOutdated } = notices;
  const screen = screenForPath(usePath());
  const connectivity = useConnectivity();
  const [isUpdateDismissed, setUpdateDismissed] = useState(false);
  // The organization requires a lock and this device has none: only Settings (to set it, or to
  // sign out) opens; sync goes on underneath.
  const isLockRequired = useFeed(services.appLockRequired);
  const lockState = useFeed(services.lockState);
  const isLockMissing = isLockRequired && lockState === 'off';
  const Screen =
    isLockMissing && screen !== 'settings' ? LockRequiredScreen : SCREEN_COMPONENTS[screen];
  return (
    <ServicesContext.Provider value={services}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="top-bar">
        <span class="brand">HomeAssess</span>
        <div class="top-bar-status">
          <SyncBadge services={services} />
          <ConnectionStatus state={connectivity} />
        </div>
      </header>
      {applyUpdate !== undefined && !isUpdateDismissed && (
        <UpdateBanner onApply={applyUpdate} onDismiss={() => setUpdateDismissed(true)} />
      )}
      <EditRefusalNotice services={services} />
      {isStoreOutdated && (
        <section class="banner banner-warning" role="alert">
          <p>HomeAssess was updated in another tab. Reload this tab to go on saving your work.</p>
          <button type="button" class="button button-primary" onClick={() => location.reload()}>
            Reload
          </button>
        </section>
      )}
      <div class="layout">
        <Navigation current={screen} />
        <main id="main">
          <ConnectivityContext.Provider value={connectivity}>
            <Screen />
          </ConnectivityContext.Provider>
        </main>
      </div>
    </ServicesContext.Provider>
  );
}
