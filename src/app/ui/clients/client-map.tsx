// A client's home on a street map when online; the therapist places the pin (there is no geocoding).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import { type Connectivity, monitorConnectivity, probeServer } from '../../sync/connectivity';
import { type Leaflet, type LeafletModule, loadLeaflet } from '../floor-plan/load-leaflet';
import { useServices } from '../services';
import '../floor-plan/map.css';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const TILE_MAX_ZOOM = 19;
const WORLD_VIEW = { centre: [20, 0] as [number, number], zoom: 2 };
const PIN_ZOOM = 17;
/** About 10 cm on the ground: more digits would only look precise. */
const COORDINATE_DECIMALS = 6;

interface ClientMapProps {
  clientId: RecordId;
  latitude: number | undefined;
  longitude: number | undefined;
  address: string | undefined;
}

function roundCoordinate(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function pinIcon(L: LeafletModule): Leaflet.DivIcon {
  const body = document.createElement('span');
  body.className = 'map-pin-body';
  body.textContent = 'Home';
  // No iconSize: the pin is sized by its text in CSS, its lower left corner on the point.
  return L.divIcon({ className: 'map-pin', html: body, iconSize: undefined });
}

/** Online means the browser says so and the app's server answers (navigator.onLine alone lies). */
function useIsOnline(): Connectivity {
  const [state, setState] = useState<Connectivity>('checking');
  useEffect(
    () =>
      monitorConnectivity({
        probe: () =>
          navigator.onLine
            ? probeServer((input, init) => fetch(input, init))
            : Promise.resolve('offline' as const),
        onChange: setState,
      }),
    [],
  );
  return state;
}

function OnlineMap({ clientId, latitude, longitude, address }: ClientMapProps) {
  const services = useServices();
  const container = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<{ L: LeafletModule; map: Leaflet.Map } | undefined>();
  const [failed, setFailed] = useState(false);
  const [hasTileErrors, setHasTileErrors] = useState(false);
  const markerRef = useRef<Leaflet.Marker | undefined>(undefined);
  const saveRef = useRef<(position: Leaflet.LatLng) => void>(() => undefined);
  saveRef.current = (position) =>
    void services.engine.edit('client', clientId, {
      latitude: roundCoordinate(position.lat),
      longitude: roundCoordinate(position.lng),
    });
  const pinTitle = address?.trim() ? `Home of the client: ${address.trim()}` : 'Home of the client';
  const hasPin = latitude !== undefined && longitude !== undefined;

  // The view is set once, when the map is made; later pins move the marker, not the view.
  useEffect(() => {
    let isCurrent = true;
    let created: Leaflet.Map | undefined;
    void loadLeaflet().then(
      (L) => {
        const element = container.current;
        if (!isCurrent || element === null) return;
        const map = L.map(element).setView(
          hasPin ? [latitude, longitude] : WORLD_VIEW.centre,
          hasPin ? PIN_ZOOM : WORLD_VIEW.zoom,
        );
        L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: TILE_MAX_ZOOM })
          .on('tileerror', () => setHasTileErrors(true))
          .addTo(map);
        map.on('click', (event: Leaflet.LeafletMouseEvent) => saveRef.current(event.latlng));
        created = map;
        setLoaded({ L, map });
      },
      () => isCurrent && setFailed(true),
    );
    return () => {
      isCurrent = false;
      created?.remove();
      markerRef.current = undefined;
    };
  }, []);

  useEffect(() => {
    if (loaded === undefined) return;
    const { L, map } = loaded;
    if (latitude === undefined || longitude === undefined) {
      markerRef.current?.remove();
      markerRef.current = undefined;
      return;
    }
    if (markerRef.current === undefined) {
      const marker = L.marker([latitude, longitude], {
        icon: pinIcon(L),
        draggable: true,
        keyboard: true,
        title: pinTitle,
        alt: pinTitle,
      });
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', pinTitle));
      marker.on('dragend', () => saveRef.current(marker.getLatLng()));
      markerRef.current = marker.addTo(map);
    } else {
      markerRef.current.setLatLng([latitude, longitude]);
    }
  }, [loaded, latitude, longitude, pinTitle]);

  const removePin = () =>
    void services.engine.edit('client', clientId, { latitude: null, longitude: null });
  return (
    <div class="client-map">
      <p class="hint">
        Tap the map where the home is to place its pin, or drag the pin to move it. The app cannot
        look addresses up, so the pin is placed by hand.
      </p>
      <section ref={container} class="leaflet-map" aria-label="Map of the client's home" />
      {loaded === undefined && !failed && <p class="hint">Loading the map…</p>}
      {failed && (
        <p class="error" role="alert">
          The map could not load; the address is kept.
        </p>
      )}
      {hasTileErrors && (
        <p class="hint" role="status">
          Some parts of the map did not load; the pin and the address are kept.
        </p>
      )}
      {hasPin && (
        <button type="button" class="button" onClick={removePin}>
          Remove the map pin
        </button>
      )}
    </div>
  );
}

export function ClientMap(props: ClientMapProps) {
  const connectivity = useIsOnline();
  if (connectivity === 'checking') return <p class="hint">Checking the connection for the map…</p>;
  if (connectivity === 'offline') {
    return (
      <p class="hint" role="status">
        Map unavailable offline; the address is kept.
      </p>
    );
  }
  return <OnlineMap {...props} />;
}
