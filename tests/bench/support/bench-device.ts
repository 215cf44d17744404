// A simulated tablet for the sync benchmarks: numbered patches of a visit, an outbox and a cursor.
import { randomUUID } from 'node:crypto';
import type { RawPatch, SyncResponse } from '../../../src/sync/protocol';

export interface BenchDevice {
  deviceId: string;
  assessmentId: string;
  nextSeq: number;
  cursor: number;
  /** True while the device pages through a snapshot the server began serving. */
  isInSnapshot: boolean;
  /** Patches made but not yet acknowledged, oldest first. */
  outbox: RawPatch[];
  roomId: string | undefined;
  lastFindingId: string | undefined;
  editCount: number;
}

interface Edit {
  entity: string;
  id: string;
  set: Record<string, unknown>;
}

const FINDINGS_PER_ROOM = 20;
const ROOM_NAMES = ['Kitchen', 'Bathroom', 'Bedroom', 'Hallway', 'Front entrance', 'Garden'];
const FINDING_NOTES =
  'Step at the back door is 180 mm high with no rail; the client steadies herself on the frame ' +
  'and reports two near falls this winter. Recommend a grab rail and a half step.';

export function newBenchDevice(): BenchDevice {
  return {
    deviceId: `bench-${randomUUID()}`,
    assessmentId: randomUUID(),
    nextSeq: 1,
    cursor: 0,
    isInSnapshot: false,
    outbox: [],
    roomId: undefined,
    lastFindingId: undefined,
    editCount: 0,
  };
}

function newRoom(device: BenchDevice): Edit {
  const roomId = randomUUID();
  device.roomId = roomId;
  const order = Math.floor(device.editCount / FINDINGS_PER_ROOM);
  const name = `${ROOM_NAMES[order % ROOM_NAMES.length]} ${order + 1}`;
  return { entity: 'room', id: roomId, set: { assessmentId: device.assessmentId, name, order } };
}

function newFinding(device: BenchDevice, roomId: string): Edit {
  const findingId = randomUUID();
  device.lastFindingId = findingId;
  const set = {
    roomId,
    assessmentId: device.assessmentId,
    itemId: `entrance-step-${device.editCount}`,
    answer: 'barrier',
    severity: 'medium',
    notes: FINDING_NOTES,
  };
  return { entity: 'finding', id: findingId, set };
}

/** A new room every 20 edits; otherwise mostly new findings, and every third edit a note change. */
function nextEdit(device: BenchDevice): Edit {
  const startsRoom = device.editCount % FINDINGS_PER_ROOM === 0;
  if (startsRoom || device.roomId === undefined) return newRoom(device);
  if (device.editCount % 3 === 2 && device.lastFindingId !== undefined) {
    const notes = `${FINDING_NOTES} Checked again (edit ${device.editCount}).`;
    return { entity: 'finding', id: device.lastFindingId, set: { notes } };
  }
  return newFinding(device, device.roomId);
}

/** Makes the device's next `count` patches, adds them to its outbox and returns them. */
export function makePatches(device: BenchDevice, count: number): RawPatch[] {
  const made: RawPatch[] = [];
  for (let index = 0; index < count; index += 1) {
    const edit = nextEdit(device);
    device.editCount += 1;
    const base = Object.fromEntries(Object.keys(edit.set).map((field) => [field, 0]));
    made.push({ seq: device.nextSeq, ...edit, base, at: Date.now() });
    device.nextSeq += 1;
  }
  device.outbox.push(...made);
  return made;
}

/** The JSON body of `POST /api/v1/sync` pushing `push` from the device's cursor. */
export function syncRequestBody(device: BenchDevice, push: readonly RawPatch[]): string {
  return JSON.stringify({
    deviceId: device.deviceId,
    cursor: device.cursor,
    push,
    ...(device.isInSnapshot ? { snapshot: true } : {}),
  });
}

/** After a 200 answer: drops acknowledged patches from the outbox and moves the cursor. */
export function applySyncResponse(device: BenchDevice, response: SyncResponse): void {
  device.outbox = device.outbox.filter((patch) => patch.seq > response.acked);
  device.cursor = response.cursor;
  device.isInSnapshot = response.snapshot === true && response.more;
}
