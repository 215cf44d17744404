// Builds the app and its service worker (injectManifest: our own worker precaches the shell).
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import packageJson from './package.json' with { type: 'json' };
import { precompressDirectory } from './scripts/precompress';
import { DATABASE_NAME } from './src/app/store/schema';

const THEME_COLOUR = '#0f5e66';

/**
 * The early-open script (public/open-store-early.js, copied as it is) reads the device database's
 * name from its own tag, so the name is written once, in the store's schema.
 */
const databaseNameInPage: Plugin = {
  name: 'homeassess-database-name',
  transformIndexHtml: (html) => html.replaceAll('%DATABASE_NAME%', DATABASE_NAME),
};

/**
 * Compressed copies of the build's text assets, written after everything else (the service
 * worker included), so the server can send them as they are.
 */
function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'homeassess-precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler: () => {
        precompressDirectory(outDir);
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    databaseNameInPage,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
      manifest: {
        id: '/',
        name: 'HomeAssess: home, workplace and school assessments',
        short_name: 'HomeAssess',
        description:
          'Room-by-room environmental assessments for occupational therapists, offline on a tablet.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: THEME_COLOUR,
        categories: ['medical', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
    precompressBuild(),
  ],
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports (ES2022) preloads modules itself; the polyfill only costs
    // start-up time.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
