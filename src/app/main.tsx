// Entry point: mounts the app and registers the service worker, nothing more.
import { render } from 'preact';
import { createAppServices } from './app-services';
import { registerServiceWorker } from './pwa/register';
import { App, type AppNotices, openingScreenLists } from './ui/app';
import { keepFormStateOffDisk } from './ui/no-restore';
import './ui/styles.css';

keepFormStateOffDisk();
const root = document.getElementById('app');
if (root === null) throw new Error('The page has no #app element.');
const notices: AppNotices = { applyUpdate: undefined, isStoreOutdated: false };
const mount = () => render(<App services={services} notices={{ ...notices }} />, root);
const services = createAppServices({
  version: import.meta.env.VITE_APP_VERSION ?? 'development',
  onVersionChange: () => {
    notices.isStoreOutdated = true;
    mount();
  },
  listsToReadOnOpen: openingScreenLists(window.location.pathname),
});
mount();
void services.start();
void registerServiceWorker({
  onUpdateReady: (apply) => {
    notices.applyUpdate = apply;
    mount();
  },
});
