// Barrier counts per assessment, read once from the findings, and the dashboard's figures over
// the assessments a person has filtered: barriers by room and priority, assessments by status.

import { type RecordView, textField } from './record-view';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from './review-list';

/** A barrier's priority is the severity recorded on its finding; some barriers have none yet. */
export const BARRIER_PRIORITIES = ['high', 'medium', 'low', 'unrated'] as const;
export type BarrierPriority = (typeof BARRIER_PRIORITIES)[number];

/** Barriers of one room (grouped by name across assessments), by priority. */
export interface RoomBarrierCounts {
  room: string;
  high: number;
  medium: number;
  low: number;
  unrated: number;
  total: number;
}

/** What the list needs of one assessment's findings. */
export interface FindingSummary {
  barrierCount: number;
  /** Barriers whose severity is high. */
  highPriorityCount: number;
  /** By room key (the folded room name); see `roomLabel`. */
  barriersByRoom: Map<string, RoomBarrierCounts>;
}

/** Finding summaries by assessment id. */
export type FindingSummaries = ReadonlyMap<string, FindingSummary>;

export const UNNAMED_ROOM = 'Unnamed room';

/** A room's name as the chart shows it: its own name, else its checklist area's id. */
function roomLabel(room: RecordView | undefined): string {
  return room
    ? textField(room, 'name')?.trim() || textField(room, 'areaId') || UNNAMED_ROOM
    : UNNAMED_ROOM;
}

const emptyCounts = (room: string): RoomBarrierCounts => ({
  room,
  high: 0,
  medium: 0,
  low: 0,
  unrated: 0,
  total: 0,
});

function priorityOf(finding: RecordView): BarrierPriority {
  const severity = finding.fields.severity;
  return severity === 'high' || severity === 'medium' || severity === 'low' ? severity : 'unrated';
}

function addTo(counts: RoomBarrierCounts, priority: BarrierPriority, amount = 1): void {
  counts[priority] += amount;
  counts.total += amount;
}

/**
 * Counts each assessment's live barriers, in total, of high severity, and by room. A finding
 * belongs to its `assessmentId`, or to its room's assessment when it has none.
 */
export function summarizeFindings(
  findings: readonly RecordView[],
  rooms: readonly RecordView[],
): Map<string, FindingSummary> {
  const roomsById = new Map(rooms.map((room) => [room.id, room]));
  const summaries = new Map<string, FindingSummary>();
  for (const finding of findings) {
    if (finding.fields.answer !== 'barrier' || finding.fields.deleted === true) continue;
    const room = roomsById.get(textField(finding, 'roomId') ?? '');
    const assessmentId =
      textField(finding, 'assessmentId') ?? (room && textField(room, 'assessmentId'));
    if (assessmentId === undefined) continue;
    let summary = summaries.get(assessmentId);
    if (summary === undefined) {
      summary = { barrierCount: 0, highPriorityCount: 0, barriersByRoom: new Map() };
      summaries.set(assessmentId, summary);
    }
    const priority = priorityOf(finding);
    summary.barrierCount += 1;
    if (priority === 'high') summary.highPriorityCount += 1;
    const label = roomLabel(room);
    const key = label.toLowerCase();
    const counts = summary.barriersByRoom.get(key) ?? emptyCounts(label);
    summary.barriersByRoom.set(key, counts);
    addTo(counts, priority);
  }
  return summaries;
}

/**
 * The data of the "barriers by room and priority" chart over the given assessments: one entry per
 * room name, most high-priority barriers first, then most barriers, then by name.
 */
export function barriersByRoom(
  assessmentIds: Iterable<string>,
  summaries: FindingSummaries,
): RoomBarrierCounts[] {
  const merged = new Map<string, RoomBarrierCounts>();
  for (const id of assessmentIds) {
    for (const [key, counts] of summaries.get(id)?.barriersByRoom ?? []) {
      const total = merged.get(key) ?? emptyCounts(counts.room);
      merged.set(key, total);
      for (const priority of BARRIER_PRIORITIES) addTo(total, priority, counts[priority]);
    }
  }
  return [...merged.values()].sort(
    (left, right) =>
      right.high - left.high || right.total - left.total || left.room.localeCompare(right.room),
  );
}

/** How many of `rows` are in each status, every status present (zero when none). */
export function countByStatus(
  rows: Iterable<{ status: AssessmentStatus }>,
): Record<AssessmentStatus, number> {
  const counts = Object.fromEntries(ASSESSMENT_STATUSES.map((status) => [status, 0])) as Record<
    AssessmentStatus,
    number
  >;
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Finding summaries as plain JSON: [assessment id, barriers, high-priority barriers, rooms]. */
export type StoredSummaries = [string, number, number, RoomBarrierCounts[]][];

/** Summaries in a form JSON and IndexedDB keep as they are. */
export function storeSummaries(summaries: FindingSummaries): StoredSummaries {
  return [...summaries].map(([id, summary]) => [
    id,
    summary.barrierCount,
    summary.highPriorityCount,
    [...summary.barriersByRoom.values()],
  ]);
}

/** Reads summaries back from `storeSummaries`; entries of the wrong shape are skipped. */
export function restoreSummaries(stored: unknown): Map<string, FindingSummary> {
  const summaries = new Map<string, FindingSummary>();
  if (!Array.isArray(stored)) return summaries;
  for (const entry of stored) {
    if (!Array.isArray(entry) || entry.length !== 4 || !Array.isArray(entry[3])) continue;
    const [id, barrierCount, highPriorityCount, rooms] = entry as StoredSummaries[number];
    const barriersByRoom = new Map(rooms.map((counts) => [counts.room.toLowerCase(), counts]));
    summaries.set(id, { barrierCount, highPriorityCount, barriersByRoom });
  }
  return summaries;
}
