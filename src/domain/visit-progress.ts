// Where a visit stands: each room's progress, the whole visit's, and the guided next item.
import type { Checklist, Item } from './checklist';
import {
  isFlagSet,
  isLive,
  liveRecords,
  numberField,
  type RecordView,
  textField,
} from './record-view';

/** One checklist item in one room: where the therapist is, or where to go next. */
export interface VisitPosition {
  roomId: string;
  itemId: string;
}

/** How far one room is; a skipped room is complete whatever its counts. */
export interface RoomProgress {
  answered: number;
  total: number;
  isSkipped: boolean;
  isComplete: boolean;
}

/** How far the visit is. Item counts leave skipped rooms out; room counts treat them as done. */
export interface VisitProgress {
  answered: number;
  total: number;
  roomsDone: number;
  roomsTotal: number;
  roomsSkipped: number;
}

/** A room's unanswered items, for the summary's "still to do" list. */
export interface UnansweredRoom {
  roomId: string;
  roomName: string;
  items: { itemId: string; prompt: string }[];
}

interface Step extends VisitPosition {
  isSkipped: boolean;
}

/** The items of the room's area (`room.areaId`), in checklist order; none for an unknown area. */
export function roomItems(room: RecordView, checklist: Checklist): readonly Item[] {
  const areaId = textField(room, 'areaId');
  return checklist.areas.find((area) => area.id === areaId)?.items ?? [];
}

/** True when the finding has an answer (`ok`, `barrier` or `na`). */
export function hasAnswer(finding: RecordView): boolean {
  return (textField(finding, 'answer') ?? '') !== '';
}

/** The live finding for one item in one room, preferring an answered one if there are several. */
export function findingFor<R extends RecordView>(
  findings: readonly R[],
  roomId: string,
  itemId: string,
): R | undefined {
  const matches = findings.filter(
    (finding) =>
      isLive(finding) &&
      textField(finding, 'roomId') === roomId &&
      textField(finding, 'itemId') === itemId,
  );
  return matches.find(hasAnswer) ?? matches[0];
}

/** The rooms that are not deleted, by `order` (rooms without one last), then name, then id. */
export function orderedRooms<R extends RecordView>(rooms: readonly R[]): R[] {
  return liveRecords(rooms).sort(
    (a, b) =>
      roomOrder(a) - roomOrder(b) ||
      (textField(a, 'name') ?? '').localeCompare(textField(b, 'name') ?? '') ||
      a.id.localeCompare(b.id),
  );
}

function roomOrder(room: RecordView): number {
  return numberField(room, 'order') ?? Number.MAX_VALUE;
}

/** How many of the room's items are answered; a skipped room counts as complete. */
export function roomProgress(
  room: RecordView,
  checklist: Checklist,
  findings: readonly RecordView[],
): RoomProgress {
  return progressOf(room, checklist, answeredKeys(findings));
}

/** Progress over the visit's live rooms; skipped rooms count as done but add no items. */
export function visitProgress(
  rooms: readonly RecordView[],
  checklist: Checklist,
  findings: readonly RecordView[],
): VisitProgress {
  const answered = answeredKeys(findings);
  const progress: VisitProgress = {
    answered: 0,
    total: 0,
    roomsDone: 0,
    roomsTotal: 0,
    roomsSkipped: 0,
  };
  for (const room of liveRecords(rooms)) {
    const state = progressOf(room, checklist, answered);
    progress.roomsTotal += 1;
    if (state.isComplete) progress.roomsDone += 1;
    if (state.isSkipped) {
      progress.roomsSkipped += 1;
      continue;
    }
    progress.answered += state.answered;
    progress.total += state.total;
  }
  return progress;
}

/** The room's items that have no answered finding yet, in checklist order. */
export function unansweredItems(
  room: RecordView,
  checklist: Checklist,
  findings: readonly RecordView[],
): Item[] {
  const answered = answeredKeys(findings);
  return roomItems(room, checklist).filter((item) => !answered.has(stepKey(room.id, item.id)));
}

/** Unanswered items per live, non-skipped room in room order; rooms with none are left out. */
export function unansweredRooms(
  rooms: readonly RecordView[],
  checklist: Checklist,
  findings: readonly RecordView[],
): UnansweredRoom[] {
  return orderedRooms(rooms).flatMap((room) => {
    if (isFlagSet(room, 'skipped')) return [];
    const items = unansweredItems(room, checklist, findings).map((item) => ({
      itemId: item.id,
      prompt: item.prompt,
    }));
    if (items.length === 0) return [];
    return [{ roomId: room.id, roomName: textField(room, 'name') ?? '', items }];
  });
}

/**
 * The guided "next": the first unanswered item after `position` in room order, wrapping round
 * the visit and passing over skipped rooms. Without a position it starts from the first room; a
 * position whose item is not in its room starts at that room. Undefined when all is answered.
 */
export function nextStep(
  rooms: readonly RecordView[],
  checklist: Checklist,
  findings: readonly RecordView[],
  position?: VisitPosition,
): VisitPosition | undefined {
  const steps = visitSteps(rooms, checklist);
  const start = anchorIndex(steps, position, 'forward');
  return findOpenStep(steps, answeredKeys(findings), start, 1);
}

/** The mirror of `nextStep`: the nearest unanswered item before `position`, wrapping round. */
export function previousStep(
  rooms: readonly RecordView[],
  checklist: Checklist,
  findings: readonly RecordView[],
  position?: VisitPosition,
): VisitPosition | undefined {
  const steps = visitSteps(rooms, checklist);
  const start = anchorIndex(steps, position, 'backward');
  return findOpenStep(steps, answeredKeys(findings), start, -1);
}

function progressOf(room: RecordView, checklist: Checklist, answered: ReadonlySet<string>) {
  const items = roomItems(room, checklist);
  const answeredCount = items.filter((item) => answered.has(stepKey(room.id, item.id))).length;
  const isSkipped = isFlagSet(room, 'skipped');
  return {
    answered: answeredCount,
    total: items.length,
    isSkipped,
    isComplete: isSkipped || answeredCount === items.length,
  };
}

function stepKey(roomId: string, itemId: string): string {
  return JSON.stringify([roomId, itemId]);
}

function answeredKeys(findings: readonly RecordView[]): Set<string> {
  const keys = new Set<string>();
  for (const finding of liveRecords(findings)) {
    const roomId = textField(finding, 'roomId');
    const itemId = textField(finding, 'itemId');
    if (roomId !== undefined && itemId !== undefined && hasAnswer(finding)) {
      keys.add(stepKey(roomId, itemId));
    }
  }
  return keys;
}

function visitSteps(rooms: readonly RecordView[], checklist: Checklist): Step[] {
  return orderedRooms(rooms).flatMap((room) =>
    roomItems(room, checklist).map((item) => ({
      roomId: room.id,
      itemId: item.id,
      isSkipped: isFlagSet(room, 'skipped'),
    })),
  );
}

/** The index to search from: the position itself, or just outside its room's items. */
function anchorIndex(
  steps: readonly Step[],
  position: VisitPosition | undefined,
  direction: 'forward' | 'backward',
): number {
  const none = direction === 'forward' ? -1 : steps.length;
  if (position === undefined) return none;
  const exact = steps.findIndex(
    (step) => step.roomId === position.roomId && step.itemId === position.itemId,
  );
  if (exact !== -1) return exact;
  const roomStart = steps.findIndex((step) => step.roomId === position.roomId);
  if (roomStart === -1) return none;
  return direction === 'forward' ? roomStart - 1 : roomStart;
}

function findOpenStep(
  steps: readonly Step[],
  answered: ReadonlySet<string>,
  start: number,
  stride: 1 | -1,
): VisitPosition | undefined {
  const count = steps.length;
  for (let offset = 1; offset <= count; offset += 1) {
    const step = steps[(((start + stride * offset) % count) + count) % count];
    if (step === undefined || step.isSkipped) continue;
    if (!answered.has(stepKey(step.roomId, step.itemId))) {
      return { roomId: step.roomId, itemId: step.itemId };
    }
  }
  return undefined;
}
