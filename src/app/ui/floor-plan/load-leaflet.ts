// Loads Leaflet and its stylesheet on demand, so the map stays out of the app's first download.
import type * as Leaflet from 'leaflet';

/** Leaflet's types, for the screens that draw with it; its code comes only from `loadLeaflet`. */
export type { Leaflet };
export type LeafletModule = typeof Leaflet;

/**
 * Leaflet's module. Its package ships a UMD build, so depending on the bundler's interop the
 * library is the module's `default` export or the module itself.
 */
export async function loadLeaflet(): Promise<LeafletModule> {
  const [loaded] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]);
  const module: LeafletModule & { default?: LeafletModule } = loaded;
  return module.default ?? module;
}
