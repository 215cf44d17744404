// The floor plan drawn with Leaflet (CRS.Simple, no tiles): a sketch grid or a photo, and the pins.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Leaflet, type LeafletModule, loadLeaflet } from './load-leaflet';
import {
  latLngToPlan,
  PLAN_HEIGHT,
  PLAN_WIDTH,
  type PlanPin,
  type PlanPoint,
  type PlanRectangle,
  planToLatLng,
} from './plan-pins';
import './map.css';

export interface PlanPhoto {
  url: string;
  rectangle: PlanRectangle;
}

interface PlanMapProps {
  /** Pins with a position; pins without one are listed outside the map. */
  pins: readonly PlanPin[];
  /** The photo behind the pins; undefined draws the sketch grid. */
  photo: PlanPhoto | undefined;
  onMove: (pin: PlanPin, point: PlanPoint) => void;
  onOpen: (pin: PlanPin) => void;
  /** A tap on the plan itself (not on a pin), at its plan point: where a pin being placed goes. */
  onTap: (point: PlanPoint) => void;
  /** Filled with a function giving the plan point at the centre of the current view. */
  centreRef: RefObject<(() => PlanPoint) | undefined>;
}

interface Loaded {
  L: LeafletModule;
  map: Leaflet.Map;
}

interface PinMarker {
  marker: Leaflet.Marker;
  pin: PlanPin;
  isDragging: boolean;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const GRID_STEP = 50;
const GRID_MAJOR_STEP = 250;
/** Barriers sit above room pins, so a barrier inside a room is never hidden under its label. */
const BARRIER_Z_OFFSET = 1000;

function toLatLng(L: LeafletModule, point: PlanPoint): Leaflet.LatLng {
  const position = planToLatLng(point);
  return L.latLng(position.lat, position.lng);
}

function rectangleBounds(L: LeafletModule, rectangle: PlanRectangle): Leaflet.LatLngBounds {
  const topLeft = toLatLng(L, { x: rectangle.left, y: rectangle.top });
  const bottomRight = toLatLng(L, {
    x: rectangle.left + rectangle.width,
    y: rectangle.top + rectangle.height,
  });
  return L.latLngBounds(topLeft, bottomRight);
}

const PLAN_RECTANGLE: PlanRectangle = { left: 0, top: 0, width: PLAN_WIDTH, height: PLAN_HEIGHT };

/** A light squared-paper sketch in the plan's coordinate space. */
function sketchGrid(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NAMESPACE, 'svg');
  svg.setAttribute('viewBox', `0 0 ${PLAN_WIDTH} ${PLAN_HEIGHT}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('plan-grid');
  const paper = document.createElementNS(SVG_NAMESPACE, 'rect');
  paper.setAttribute('width', String(PLAN_WIDTH));
  paper.setAttribute('height', String(PLAN_HEIGHT));
  paper.setAttribute('class', 'plan-grid-paper');
  svg.append(paper);
  const line = (x1: number, y1: number, x2: number, y2: number, isMajor: boolean) => {
    const element = document.createElementNS(SVG_NAMESPACE, 'line');
    for (const [name, value] of Object.entries({ x1, y1, x2, y2 })) {
      element.setAttribute(name, String(value));
    }
    element.setAttribute('class', isMajor ? 'plan-grid-major' : 'plan-grid-minor');
    svg.append(element);
  };
  for (let x = 0; x <= PLAN_WIDTH; x += GRID_STEP) {
    line(x, 0, x, PLAN_HEIGHT, x % GRID_MAJOR_STEP === 0);
  }
  for (let y = 0; y <= PLAN_HEIGHT; y += GRID_STEP) {
    line(0, y, PLAN_WIDTH, y, y % GRID_MAJOR_STEP === 0);
  }
  return svg;
}

function pinIcon(L: LeafletModule, pin: PlanPin): Leaflet.DivIcon {
  const body = document.createElement('span');
  body.className = 'plan-pin-body';
  body.textContent = pin.shortLabel;
  // No iconSize: the pin is sized by its text in CSS and centred on its point with `translate`.
  return L.divIcon({ className: `plan-pin plan-pin-${pin.kind}`, html: body, iconSize: undefined });
}

function makeMarker(
  L: LeafletModule,
  pin: PlanPin,
  point: PlanPoint,
  handlers: RefObject<Pick<PlanMapProps, 'onMove' | 'onOpen'>>,
): PinMarker {
  const marker = L.marker(toLatLng(L, point), {
    icon: pinIcon(L, pin),
    draggable: true,
    keyboard: true,
    autoPanOnFocus: true,
    title: pin.label,
    alt: pin.label,
    riseOnHover: true,
    zIndexOffset: pin.kind === 'barrier' ? BARRIER_Z_OFFSET : 0,
  });
  const entry: PinMarker = { marker, pin, isDragging: false };
  marker.on('add', () => marker.getElement()?.setAttribute('aria-label', entry.pin.label));
  marker.on('click', () => handlers.current.onOpen(entry.pin));
  marker.on('keydown', (event: Leaflet.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key !== 'Enter' && key !== ' ') return;
    event.originalEvent.preventDefault();
    handlers.current.onOpen(entry.pin);
  });
  marker.on('dragstart', () => {
    entry.isDragging = true;
  });
  marker.on('dragend', () => {
    entry.isDragging = false;
    const position = marker.getLatLng();
    handlers.current.onMove(entry.pin, latLngToPlan({ lat: position.lat, lng: position.lng }));
  });
  return entry;
}

/** Creates the map once Leaflet has loaded; removes it when the component goes. */
function useLeafletMap(container: RefObject<HTMLElement | null>) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    let created: Leaflet.Map | undefined;
    let observer: ResizeObserver | undefined;
    void loadLeaflet().then(
      (L) => {
        const element = container.current;
        if (!isCurrent || element === null) return;
        const planBounds = rectangleBounds(L, PLAN_RECTANGLE);
        const map = L.map(element, {
          crs: L.CRS.Simple,
          minZoom: -3,
          maxZoom: 3,
          zoomSnap: 0.25,
          attributionControl: false,
          maxBounds: planBounds.pad(0.5),
        });
        map.fitBounds(planBounds);
        created = map;
        observer = new ResizeObserver(() => map.invalidateSize());
        observer.observe(element);
        setLoaded({ L, map });
      },
      () => isCurrent && setFailed(true),
    );
    return () => {
      isCurrent = false;
      observer?.disconnect();
      created?.remove();
    };
  }, [container]);
  return { loaded, failed };
}

export function PlanMap({ pins, photo, onMove, onOpen, onTap, centreRef }: PlanMapProps) {
  const container = useRef<HTMLElement>(null);
  const { loaded, failed } = useLeafletMap(container);
  const handlers = useRef({ onMove, onOpen, onTap });
  handlers.current = { onMove, onOpen, onTap };
  const markers = useRef(new Map<string, PinMarker>());
  const [photoFailed, setPhotoFailed] = useState(false);

  useEffect(() => {
    if (loaded === undefined) return;
    centreRef.current = () => {
      const centre = loaded.map.getCenter();
      return latLngToPlan({ lat: centre.lat, lng: centre.lng });
    };
    const tap = (event: Leaflet.LeafletMouseEvent) =>
      handlers.current.onTap(latLngToPlan({ lat: event.latlng.lat, lng: event.latlng.lng }));
    loaded.map.on('click', tap);
    return () => {
      loaded.map.off('click', tap);
      centreRef.current = undefined;
    };
  }, [loaded, centreRef]);

  useEffect(() => {
    if (loaded === undefined) return;
    const { L, map } = loaded;
    setPhotoFailed(false);
    const layer =
      photo === undefined
        ? L.svgOverlay(sketchGrid(), rectangleBounds(L, PLAN_RECTANGLE))
        : L.imageOverlay(photo.url, rectangleBounds(L, photo.rectangle), {
            alt: 'Photo of the floor plan',
          }).on('error', () => setPhotoFailed(true));
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [loaded, photo]);

  useEffect(() => {
    if (loaded === undefined) return;
    const { L, map } = loaded;
    const shown = markers.current;
    const wanted = new Map(pins.map((pin) => [`${pin.entity}:${pin.id}`, pin]));
    for (const [key, entry] of shown) {
      const pin = wanted.get(key);
      const isStale =
        pin === undefined ||
        pin.position === undefined ||
        pin.label !== entry.pin.label ||
        pin.kind !== entry.pin.kind;
      if (isStale) {
        entry.marker.remove();
        shown.delete(key);
      }
    }
    for (const [key, pin] of wanted) {
      if (pin.position === undefined) continue;
      const entry = shown.get(key);
      if (entry === undefined) {
        shown.set(key, makeMarker(L, pin, pin.position, handlers));
        shown.get(key)?.marker.addTo(map);
        continue;
      }
      entry.pin = pin;
      if (!entry.isDragging) entry.marker.setLatLng(toLatLng(L, pin.position));
    }
  }, [loaded, pins]);

  useEffect(() => {
    const shown = markers.current;
    return () => {
      for (const entry of shown.values()) entry.marker.remove();
      shown.clear();
    };
  }, []);

  return (
    <div class="plan-map-frame">
      <section
        ref={container}
        class="plan-map leaflet-map"
        aria-label="Floor plan: drag a pin to move it, tap or press Enter on a pin to open it"
      />
      {loaded === undefined && !failed && <p class="hint">Loading the floor plan…</p>}
      {failed && (
        <p class="error" role="alert">
          The floor plan could not load on this device. The list below still opens each room.
        </p>
      )}
      {photoFailed && (
        <p class="error" role="alert">
          The photo of the plan could not be shown; the pins stay where they were placed.
        </p>
      )}
    </div>
  );
}
