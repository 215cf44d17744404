// The review list: rows from assessments and clients, search, filters, stable sorts, pages, and the
// overview's barriers by room and counts by status.
import { describe, expect, it } from 'vitest';
import type { FieldValues } from '../../src/domain/entities';
import type { RecordView } from '../../src/domain/record-view';
import {
  filterReviewRows,
  needsBarrierCounts,
  pageOfRows,
  type ReviewFilters,
  type ReviewRow,
  reviewRows,
  sortReviewRows,
  therapistChoices,
  UNKNOWN_THERAPIST,
} from '../../src/domain/review-list';
import {
  barriersByRoom,
  countByStatus,
  restoreSummaries,
  storeSummaries,
  summarizeFindings,
} from '../../src/domain/review-list-summary';

const record = (id: string, fields: FieldValues): RecordView => ({ id, fields });

const clients = [
  record('c-zoe', { name: 'Zoë Brontë', address: '12 Élan Street, Leeds' }),
  record('c-adam', { name: 'Adam Price', address: '3 Mill Lane, York' }),
  record('c-mia', { name: 'mia Chen' }),
];

function assessment(id: string, clientId: string, fields: FieldValues = {}): RecordView {
  return record(id, { clientId, setting: 'home', type: 'initial', status: 'draft', ...fields });
}

const assessments = [
  assessment('a1', 'c-zoe', { date: '2025-03-01', therapistId: 'u-grace' }),
  assessment('a2', 'c-adam', {
    date: '2025-05-10',
    setting: 'workplace',
    status: 'signed',
    therapistName: 'Tom Reid',
    therapistId: 'u-tom',
    signedByName: 'Tom Reid',
    signedAt: 1_747_000_000_000,
  }),
  assessment('a3', 'c-mia', {
    date: '2025-04-02',
    setting: 'school',
    status: 'complete',
    address: '9 School Road, Hull',
    type: 'follow-up',
  }),
  assessment('a4', 'c-zoe', { date: '2025-05-10', status: 'complete', therapistId: 'u-grace' }),
  assessment('a5', 'c-adam', { deleted: true }),
];

const rooms = [
  record('r1', { assessmentId: 'a1', name: 'Bathroom' }),
  record('r2', { assessmentId: 'a1', name: 'Kitchen' }),
  record('r3', { assessmentId: 'a2', name: 'bathroom ' }),
  record('r4', { assessmentId: 'a3', areaId: 'classroom' }),
];

const barrier = (id: string, roomId: string, severity?: string, fields: FieldValues = {}) =>
  record(id, { roomId, answer: 'barrier', ...(severity ? { severity } : {}), ...fields });

const findings = [
  barrier('f1', 'r1', 'high', { assessmentId: 'a1' }),
  barrier('f2', 'r1', 'low', { assessmentId: 'a1' }),
  barrier('f3', 'r2', 'high', { assessmentId: 'a1' }),
  barrier('f4', 'r3', 'medium'),
  barrier('f5', 'r4', undefined, { assessmentId: 'a3' }),
  record('f6', { roomId: 'r3', answer: 'ok', severity: 'high', assessmentId: 'a2' }),
  barrier('f7', 'r3', 'high', { assessmentId: 'a2', deleted: true }),
];

const summaries = summarizeFindings(findings, rooms);
const names = new Map([['u-grace', 'Grace Okafor']]);
const rows = reviewRows({ assessments, clients, summaries, peopleNames: names });
const noFilters: ReviewFilters = { search: '', hasHighPriorityBarriers: false };
const ids = (list: readonly ReviewRow[]) => list.map((row) => row.id);
const filtered = (filters: Partial<ReviewFilters>) =>
  ids(filterReviewRows(rows, { ...noFilters, ...filters }));

describe('review rows', () => {
  it('lists every live assessment, newest first, ties in a fixed order', () => {
    expect(ids(rows)).toEqual(['a2', 'a4', 'a3', 'a1']);
  });

  it('shows the client, the address of the visit or else of the client, and who signed', () => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('a1')).toMatchObject({
      clientName: 'Zoë Brontë',
      address: '12 Élan Street, Leeds',
      therapistName: 'Grace Okafor',
    });
    expect(byId.get('a3')).toMatchObject({ address: '9 School Road, Hull', type: 'follow-up' });
    expect(byId.get('a2')).toMatchObject({
      therapistName: 'Tom Reid',
      signedByName: 'Tom Reid',
      signedAt: 1_747_000_000_000,
    });
    expect(byId.get('a3')?.therapistName).toBe(UNKNOWN_THERAPIST);
  });

  it('counts live barriers and high-severity ones, through the room when a finding lacks its visit', () => {
    const counts = rows.map((row) => [row.id, row.barrierCount, row.highPriorityCount]);
    expect(counts).toEqual([
      ['a2', 1, 0],
      ['a4', 0, 0],
      ['a3', 1, 0],
      ['a1', 3, 2],
    ]);
  });

  it('leaves barrier counts unknown while the findings are not read', () => {
    const early = reviewRows({ assessments, clients });
    expect(early.every((row) => row.barrierCount === undefined)).toBe(true);
  });
});

describe('search and filters', () => {
  it('finds client names and addresses regardless of case and accents', () => {
    expect(filtered({ search: 'ZOE' })).toEqual(['a4', 'a1']);
    expect(filtered({ search: 'elan street' })).toEqual(['a4', 'a1']);
    expect(filtered({ search: 'MIA hull' })).toEqual(['a3']);
    expect(filtered({ search: 'price leeds' })).toEqual([]);
  });

  it('filters by therapist, setting and status', () => {
    expect(filtered({ therapist: 'u-grace' })).toEqual(['a4', 'a1']);
    expect(filtered({ setting: 'school' })).toEqual(['a3']);
    expect(filtered({ status: 'complete' })).toEqual(['a4', 'a3']);
  });

  it('filters by a date range that includes both ends', () => {
    expect(filtered({ dateFrom: '2025-04-02', dateTo: '2025-05-10' })).toEqual(['a2', 'a4', 'a3']);
    expect(filtered({ dateTo: '2025-03-01' })).toEqual(['a1']);
  });

  it('keeps only assessments with high-priority barriers', () => {
    expect(filtered({ hasHighPriorityBarriers: true })).toEqual(['a1']);
  });

  it('says when the filters or the sort need barrier counts', () => {
    const sortByDate = { key: 'date', direction: 'descending' } as const;
    expect(needsBarrierCounts(noFilters, sortByDate)).toBe(false);
    expect(needsBarrierCounts({ ...noFilters, hasHighPriorityBarriers: true }, sortByDate)).toBe(
      true,
    );
    expect(needsBarrierCounts(noFilters, { key: 'barriers', direction: 'ascending' })).toBe(true);
  });

  it('offers each therapist once, by name', () => {
    expect(therapistChoices(rows)).toEqual([
      { key: 'u-grace', name: 'Grace Okafor' },
      { key: 'u-tom', name: 'Tom Reid' },
    ]);
  });
});

describe('sorting', () => {
  it('sorts by client name ignoring case, both ways', () => {
    const ascending = sortReviewRows(rows, { key: 'client', direction: 'ascending' });
    expect(ascending.map((row) => row.clientName)).toEqual([
      'Adam Price',
      'mia Chen',
      'Zoë Brontë',
      'Zoë Brontë',
    ]);
    expect(ids(sortReviewRows(rows, { key: 'client', direction: 'descending' }))).toEqual([
      'a4',
      'a1',
      'a3',
      'a2',
    ]);
  });

  it('keeps rows that compare equal in their incoming order in both directions', () => {
    const byDateAscending = sortReviewRows(rows, { key: 'date', direction: 'ascending' });
    expect(ids(byDateAscending)).toEqual(['a1', 'a3', 'a2', 'a4']);
    expect(ids(sortReviewRows(rows, { key: 'client', direction: 'ascending' }))).toEqual([
      'a2',
      'a3',
      'a4',
      'a1',
    ]);
  });

  it('sorts by status from draft to signed', () => {
    expect(ids(sortReviewRows(rows, { key: 'status', direction: 'ascending' }))).toEqual([
      'a1',
      'a4',
      'a3',
      'a2',
    ]);
  });

  it('sorts by barriers, most first', () => {
    expect(ids(sortReviewRows(rows, { key: 'barriers', direction: 'descending' }))).toEqual([
      'a1',
      'a2',
      'a3',
      'a4',
    ]);
  });
});

describe('pages', () => {
  const many = Array.from({ length: 120 }, (_, index) =>
    assessment(`m${String(index).padStart(3, '0')}`, 'c-adam', { date: '2025-01-01' }),
  );
  const manyRows = reviewRows({ assessments: many, clients });

  it('cuts the rows into pages and says how many there are', () => {
    const second = pageOfRows(manyRows, 2, 50);
    expect(second).toMatchObject({ page: 2, pageCount: 3, matchCount: 120 });
    expect(second.rows.map((row) => row.id)[0]).toBe('m050');
    expect(pageOfRows(manyRows, 3, 50).rows).toHaveLength(20);
  });

  it('shows the last page for a page past the end, and one empty page when nothing matches', () => {
    expect(pageOfRows(manyRows, 9, 50).page).toBe(3);
    expect(pageOfRows([], 4, 50)).toEqual({ rows: [], page: 1, pageCount: 1, matchCount: 0 });
  });
});

describe('overview', () => {
  it('adds barriers by room name and priority, most high-priority first', () => {
    expect(barriersByRoom(['a1', 'a2', 'a3'], summaries)).toEqual([
      { room: 'Bathroom', high: 1, medium: 1, low: 1, unrated: 0, total: 3 },
      { room: 'Kitchen', high: 1, medium: 0, low: 0, unrated: 0, total: 1 },
      { room: 'classroom', high: 0, medium: 0, low: 0, unrated: 1, total: 1 },
    ]);
  });

  it('counts only the assessments listed', () => {
    expect(barriersByRoom(['a2'], summaries)).toEqual([
      { room: 'bathroom', high: 0, medium: 1, low: 0, unrated: 0, total: 1 },
    ]);
  });

  it('counts assessments by status, every status present', () => {
    expect(countByStatus(rows)).toEqual({ draft: 1, complete: 2, signed: 1 });
    expect(countByStatus([])).toEqual({ draft: 0, complete: 0, signed: 0 });
  });

  it('reads back saved summaries with the same counts, through JSON as a sealed value is', () => {
    const saved = JSON.parse(JSON.stringify(storeSummaries(summaries)));
    const restored = restoreSummaries(saved);
    expect(barriersByRoom(['a1', 'a2', 'a3'], restored)).toEqual(
      barriersByRoom(['a1', 'a2', 'a3'], summaries),
    );
    expect(restored.get('a1')).toMatchObject({ barrierCount: 3, highPriorityCount: 2 });
    expect(restoreSummaries('not a list').size).toBe(0);
  });
});
