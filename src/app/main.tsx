// Entry point: mounts the app and registers the service worker, nothing more.
import { render } from 'preact';
import { registerServiceWorker } from './pwa/register';
import { createIndexedDbStore } from './store/indexeddb-store';
import { App, type AppNotices } from './ui/app';
import './ui/styles.css';

const root = document.getElementById('app');
if (root === null) throw new Error('The page has no #app element.');
const notices: AppNotices = { applyUpdate: undefined, isStoreOutdated: false };
const mount = () => render(<App services={services} notices={{ ...notices }} />, root);
const services = {
  store: createIndexedDbStore({
    onVersionChange: () => {
      notices.isStoreOutdated = true;
      mount();
    },
  }),
  version: import.meta.env.VITE_APP_VERSION ?? 'development',
};
mount();
registerServiceWorker({
  onUpdateReady: (apply) => {
    notices.applyUpdate = apply;
    mount();
  },
});
