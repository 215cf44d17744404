// The offline start benchmark's reference: a blank Preact page that renders one heading and
// registers a service worker, as the app's entry point does.
import { h, render } from 'preact';

const root = document.getElementById('app');
if (root !== null) render(h('h1', null, 'Blank Preact page'), root);
void navigator.serviceWorker?.register('/sw.js');
