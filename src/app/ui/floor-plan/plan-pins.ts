// The floor plan's pins, worked out from records: one per room in use and one per barrier.

import type { RecordId } from '../../../domain/ids';
import type { RecordView } from '../../../domain/record-view';
import type { Finding, Room } from '../../../domain/records';

/** The plan's own coordinate space: x to the right, y downwards, like a drawing on paper. */
export const PLAN_WIDTH = 1000;
export const PLAN_HEIGHT = 700;

export interface PlanPoint {
  x: number;
  y: number;
}

/** A position in Leaflet's CRS.Simple, where `lat` grows upwards. */
export interface SimpleLatLng {
  lat: number;
  lng: number;
}

export interface PlanRectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PlanPin {
  kind: 'room' | 'barrier';
  entity: 'room' | 'finding';
  id: RecordId;
  roomId: RecordId;
  /** What a screen reader says and the lists show, e.g. "Barrier: Grab rail by the toilet in Bathroom". */
  label: string;
  /** Short text drawn on the pin itself. */
  shortLabel: string;
  /** Undefined until the pin is placed on the plan. */
  position: PlanPoint | undefined;
  /** The app path the pin opens. */
  target: string;
}

const UNNAMED_ROOM = 'Unnamed room';

function numberField(record: RecordView, field: string): number | undefined {
  const value = record.fields[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function textField(record: RecordView, field: string): string | undefined {
  const value = record.fields[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function positionOf(record: RecordView): PlanPoint | undefined {
  const x = numberField(record, 'planX');
  const y = numberField(record, 'planY');
  return x === undefined || y === undefined ? undefined : { x, y };
}

/** The path of a room of a visit, or of one item in it. */
export function roomPath(assessmentId: RecordId, roomId: RecordId, itemId?: string): string {
  const path = `/visits/${encodeURIComponent(assessmentId)}/rooms/${encodeURIComponent(roomId)}`;
  return itemId === undefined ? path : `${path}?item=${encodeURIComponent(itemId)}`;
}

/** The visit's rooms that are neither deleted nor skipped, in their walking order, then by name. */
export function roomsInUse(assessmentId: RecordId, rooms: readonly Room[]): Room[] {
  return rooms
    .filter(
      (room) =>
        room.fields.assessmentId === assessmentId &&
        room.fields.deleted !== true &&
        room.fields.skipped !== true,
    )
    .sort(
      (first, second) =>
        (numberField(first, 'order') ?? Number.POSITIVE_INFINITY) -
          (numberField(second, 'order') ?? Number.POSITIVE_INFINITY) ||
        (textField(first, 'name') ?? '').localeCompare(textField(second, 'name') ?? ''),
    );
}

/**
 * Every pin of a visit's plan: its rooms in use, then each barrier found in one of them (a barrier
 * in a deleted or skipped room is left out, as the room is). `promptFor` gives an item's question
 * when the checklist is at hand; otherwise the item id stands in.
 */
export function planPins(
  assessmentId: RecordId,
  rooms: readonly Room[],
  findings: readonly Finding[],
  promptFor: (itemId: string) => string | undefined = () => undefined,
): PlanPin[] {
  const usedRooms = roomsInUse(assessmentId, rooms);
  const roomNames = new Map(
    usedRooms.map((room) => [room.id, textField(room, 'name') ?? UNNAMED_ROOM]),
  );
  const roomPins: PlanPin[] = usedRooms.map((room) => {
    const name = roomNames.get(room.id) ?? UNNAMED_ROOM;
    return {
      kind: 'room',
      entity: 'room',
      id: room.id,
      roomId: room.id,
      label: name,
      shortLabel: name,
      position: positionOf(room),
      target: roomPath(assessmentId, room.id),
    };
  });
  const barrierPins: PlanPin[] = [];
  for (const finding of findings) {
    const roomId = finding.fields.roomId;
    const itemId = textField(finding, 'itemId');
    if (finding.fields.deleted === true || finding.fields.answer !== 'barrier') continue;
    if (typeof roomId !== 'string' || itemId === undefined) continue;
    const roomName = roomNames.get(roomId as RecordId);
    if (roomName === undefined) continue;
    barrierPins.push({
      kind: 'barrier',
      entity: 'finding',
      id: finding.id,
      roomId: roomId as RecordId,
      label: `Barrier: ${promptFor(itemId) ?? itemId} in ${roomName}`,
      shortLabel: '!',
      position: positionOf(finding),
      target: roomPath(assessmentId, roomId as RecordId, itemId),
    });
  }
  return [...roomPins, ...barrierPins];
}

/** The pins still to be placed on the plan, listed beside it. */
export function unplacedPins(pins: readonly PlanPin[]): PlanPin[] {
  return pins.filter((pin) => pin.position === undefined);
}

/** Keeps a point inside the plan, rounded to whole plan units. */
export function clampToPlan(point: PlanPoint): PlanPoint {
  const clamp = (value: number, max: number) => Math.round(Math.min(max, Math.max(0, value)));
  return { x: clamp(point.x, PLAN_WIDTH), y: clamp(point.y, PLAN_HEIGHT) };
}

/** A plan point as a CRS.Simple position (y runs down on the plan, `lat` runs up on the map). */
export function planToLatLng(point: PlanPoint): SimpleLatLng {
  return { lat: PLAN_HEIGHT - point.y, lng: point.x };
}

/** A CRS.Simple position as a plan point, kept inside the plan. */
export function latLngToPlan(latLng: SimpleLatLng): PlanPoint {
  return clampToPlan({ x: latLng.lng, y: PLAN_HEIGHT - latLng.lat });
}

/** Where a photo of a plan sits on the plan: as large as fits, centred, its shape kept. */
export function fitPhotoOnPlan(photoWidth: number, photoHeight: number): PlanRectangle {
  if (!(photoWidth > 0 && photoHeight > 0)) {
    return { left: 0, top: 0, width: PLAN_WIDTH, height: PLAN_HEIGHT };
  }
  const scale = Math.min(PLAN_WIDTH / photoWidth, PLAN_HEIGHT / photoHeight);
  const width = photoWidth * scale;
  const height = photoHeight * scale;
  return { left: (PLAN_WIDTH - width) / 2, top: (PLAN_HEIGHT - height) / 2, width, height };
}
