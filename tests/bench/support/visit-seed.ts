// Fills a browser's device database with visits as if synced from the server: 50 clients, 50
// assessments of the adult-home checklist and 150 findings each, written straight into IndexedDB.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { FieldValues } from '../../../src/domain/entities';
import { createIdMaker, derivedId, type RecordId } from '../../../src/domain/ids';
import type { LocalRecord } from '../../../src/sync/replica';
import { putRows } from '../../e2e/support/device-database';

export const SEEDED_VISIT_COUNT = 50;
export const FINDINGS_PER_VISIT = 150;
const VISITS_PER_TRANSACTION = 10;
const CHECKLIST_PATH = join(import.meta.dirname, '..', '..', '..', 'checklists', 'adult-home.json');
const DAY_MS = 86_400_000;
const FIRST_VISIT_AT_MS = Date.UTC(2025, 0, 6, 9);
const BARRIER_NOTES = 'Threshold 25 mm at the door; the client lifts the walker over it.';

interface ChecklistArea {
  id: string;
  name: string;
  items: { id: string; prompt: string; severity: { default: string } }[];
}

export interface SeedChecklist {
  id: string;
  version: number;
  areas: ChecklistArea[];
}

/** One room of a seeded visit, with the checklist items it shows in order. */
export interface SeededRoom {
  id: RecordId;
  name: string;
  items: { id: string; prompt: string }[];
}

export interface SeededVisit {
  id: RecordId;
  rooms: SeededRoom[];
}

/** A records-store row exactly as the app's plain codec writes it. */
interface RecordRow {
  entity: string;
  id: string;
  body: { kind: 'plain-value'; value: LocalRecord };
}

export function readAdultHomeChecklist(): SeedChecklist {
  return JSON.parse(readFileSync(CHECKLIST_PATH, 'utf8')) as SeedChecklist;
}

/** A record as a pull leaves it: every field at one server version, no pending local edits. */
function syncedRow(
  entity: LocalRecord['entity'],
  id: RecordId,
  fields: FieldValues,
  seq: number,
): RecordRow {
  const versions = Object.fromEntries(Object.keys(fields).map((field) => [field, seq]));
  return {
    entity,
    id,
    body: { kind: 'plain-value', value: { entity, id, fields, versions, pending: {}, shadow: {} } },
  };
}

function shuffled<T>(values: readonly T[]): T[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Answers for a visit: mostly OK, some barriers (with severity and a note), a few not applicable. */
function findingFields(visitId: RecordId, room: SeededRoom, item: ChecklistArea['items'][number]) {
  const roll = Math.random();
  const fields: FieldValues = { assessmentId: visitId, roomId: room.id, itemId: item.id };
  if (roll < 0.7) return { ...fields, answer: 'ok' };
  if (roll < 0.9) return { ...fields, answer: 'na' };
  return { ...fields, answer: 'barrier', severity: item.severity.default, notes: BARRIER_NOTES };
}

/**
 * The rows of one visit and its client. A visit has a room for every area of the checklist (14
 * rooms, 158 items): fewer rooms would not hold 150 distinct findings. 150 items, picked at
 * random, are answered.
 */
function visitRows(
  checklist: SeedChecklist,
  index: number,
  newId: () => RecordId,
  nextSeq: () => number,
): { rows: RecordRow[]; visit: SeededVisit } {
  const clientId = newId();
  const visitId = newId();
  const startedAtMs = FIRST_VISIT_AT_MS + index * DAY_MS;
  const rows = [
    syncedRow(
      'client',
      clientId,
      { name: `Bench client ${index + 1}`, ageGroup: 'adult' },
      nextSeq(),
    ),
    syncedRow(
      'assessment',
      visitId,
      {
        clientId,
        setting: 'home',
        type: 'initial',
        date: new Date(startedAtMs).toISOString().slice(0, 10),
        peoplePresent: [],
        consentRecorded: true,
        checklistId: checklist.id,
        checklistVersion: checklist.version,
        status: 'draft',
        startedAt: startedAtMs,
      },
      nextSeq(),
    ),
  ];
  const rooms: SeededRoom[] = [];
  const roomItems: { room: SeededRoom; item: ChecklistArea['items'][number] }[] = [];
  for (const [order, area] of checklist.areas.entries()) {
    const room: SeededRoom = { id: newId(), name: area.name, items: area.items };
    rooms.push(room);
    rows.push(
      syncedRow(
        'room',
        room.id,
        { assessmentId: visitId, name: area.name, areaId: area.id, order },
        nextSeq(),
      ),
    );
    for (const item of area.items) roomItems.push({ room, item });
  }
  const answered = shuffled(roomItems).slice(0, FINDINGS_PER_VISIT);
  if (answered.length < FINDINGS_PER_VISIT) throw new Error('The checklist has too few items.');
  for (const { room, item } of answered) {
    const id = derivedId('finding', room.id, item.id);
    rows.push(syncedRow('finding', id, findingFields(visitId, room, item), nextSeq()));
  }
  return { rows, visit: { id: visitId, rooms } };
}

/** Writes rows into the records store of the app's database, in one transaction. */
export async function writeRows(page: Page, rows: RecordRow[]): Promise<void> {
  // Passed as unknown: Playwright's argument types recurse too deep on JSON field values.
  const batchArgument: unknown[] = rows;
  await putRows(page, 'records', batchArgument);
}

/**
 * Seeds the database of the page's origin (the app must have opened it once) and returns the
 * visits written, in the order they were made.
 */
export async function seedVisits(page: Page, checklist: SeedChecklist): Promise<SeededVisit[]> {
  const newId = createIdMaker(Date.now, (count) => new Uint8Array(randomBytes(count)));
  let seq = 0;
  const nextSeq = () => {
    seq += 1;
    return seq;
  };
  const visits: SeededVisit[] = [];
  for (let first = 0; first < SEEDED_VISIT_COUNT; first += VISITS_PER_TRANSACTION) {
    const rows: RecordRow[] = [];
    const last = Math.min(first + VISITS_PER_TRANSACTION, SEEDED_VISIT_COUNT);
    for (let index = first; index < last; index += 1) {
      const made = visitRows(checklist, index, newId, nextSeq);
      rows.push(...made.rows);
      visits.push(made.visit);
    }
    await writeRows(page, rows);
  }
  return visits;
}
