// The review list: one row per assessment of the organization, searched, filtered, sorted and paged.

import { numberField, oneOfField, type RecordView, textField } from './record-view';
import type { FindingSummaries } from './review-list-summary';

export const ASSESSMENT_STATUSES = ['draft', 'complete', 'signed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const ASSESSMENT_SETTINGS = ['home', 'workplace', 'school'] as const;
export type AssessmentSetting = (typeof ASSESSMENT_SETTINGS)[number];
export const REVIEW_SORT_KEYS = ['date', 'client', 'status', 'barriers'] as const;
export type ReviewSortKey = (typeof REVIEW_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** What the list shows of one assessment. Barrier counts are undefined until findings are read. */
export interface ReviewRow {
  id: string;
  clientName: string;
  address: string;
  /** The visit's date, `YYYY-MM-DD`, when recorded. */
  date: string | undefined;
  setting: AssessmentSetting | undefined;
  type: 'initial' | 'follow-up';
  status: AssessmentStatus;
  /** Who the filter groups by: the therapist's account id, or their name when no id was kept. */
  therapistKey: string;
  therapistName: string;
  barrierCount: number | undefined;
  highPriorityCount: number | undefined;
  signedByName: string | undefined;
  signedAt: number | undefined;
  /** Client name and address folded for search (lower case, no accents). */
  searchText: string;
}

/** The filters a person sets; every one left undefined (or false) lets every row through. */
export interface ReviewFilters {
  search: string;
  therapist?: string;
  setting?: AssessmentSetting;
  status?: AssessmentStatus;
  /** Inclusive bounds, `YYYY-MM-DD`. */
  dateFrom?: string;
  dateTo?: string;
  hasHighPriorityBarriers: boolean;
}

export interface ReviewSort {
  key: ReviewSortKey;
  direction: SortDirection;
}

export const UNNAMED_CLIENT = 'Unnamed client';
export const UNKNOWN_THERAPIST = 'Therapist not recorded';

/** Folds text for search: lower case, accents dropped, so "Zoë" is found by "zoe". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function therapistOf(assessment: RecordView, peopleNames: ReadonlyMap<string, string>) {
  const id = textField(assessment, 'therapistId');
  const name =
    textField(assessment, 'therapistName') ?? (id === undefined ? undefined : peopleNames.get(id));
  return { therapistKey: id ?? name ?? '', therapistName: name ?? UNKNOWN_THERAPIST };
}

export interface ReviewRowSources {
  assessments: readonly RecordView[];
  clients: readonly RecordView[];
  /** Barrier counts per assessment; undefined while the findings are still being read. */
  summaries?: FindingSummaries;
  /** Names of accounts by id, for assessments that kept only the therapist's id. */
  peopleNames?: ReadonlyMap<string, string>;
}

/** One row per live assessment, newest date first (ties by id, so the order is always the same). */
export function reviewRows(sources: ReviewRowSources): ReviewRow[] {
  const clientsById = new Map(sources.clients.map((client) => [client.id, client]));
  const peopleNames = sources.peopleNames ?? new Map<string, string>();
  const rows: ReviewRow[] = [];
  for (const assessment of sources.assessments) {
    if (assessment.fields.deleted === true) continue;
    const client = clientsById.get(textField(assessment, 'clientId') ?? '');
    const clientName = (client && textField(client, 'name')?.trim()) || UNNAMED_CLIENT;
    const address =
      textField(assessment, 'address')?.trim() || (client && textField(client, 'address')) || '';
    const summary = sources.summaries?.get(assessment.id);
    const isSummarized = sources.summaries !== undefined;
    rows.push({
      id: assessment.id,
      clientName,
      address,
      date: textField(assessment, 'date'),
      setting: oneOfField(assessment, 'setting', ASSESSMENT_SETTINGS),
      type: assessment.fields.type === 'follow-up' ? 'follow-up' : 'initial',
      status: oneOfField(assessment, 'status', ASSESSMENT_STATUSES) ?? 'draft',
      ...therapistOf(assessment, peopleNames),
      barrierCount: isSummarized ? (summary?.barrierCount ?? 0) : undefined,
      highPriorityCount: isSummarized ? (summary?.highPriorityCount ?? 0) : undefined,
      signedByName: textField(assessment, 'signedByName') ?? textField(assessment, 'signedBy'),
      signedAt: numberField(assessment, 'signedAt'),
      searchText: foldForSearch(`${clientName} ${address}`),
    });
  }
  return rows.sort(
    (left, right) =>
      compareDates(right, left) || (left.id < right.id ? -1 : Number(left.id > right.id)),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const statusRank = (row: ReviewRow) => ASSESSMENT_STATUSES.indexOf(row.status);

function compareDates(left: ReviewRow, right: ReviewRow): number {
  if (left.date === right.date) return 0;
  if (left.date === undefined) return -1;
  if (right.date === undefined) return 1;
  return left.date < right.date ? -1 : 1;
}

const COMPARATORS: Record<ReviewSortKey, (left: ReviewRow, right: ReviewRow) => number> = {
  date: compareDates,
  client: (left, right) => collator.compare(left.clientName, right.clientName),
  status: (left, right) => statusRank(left) - statusRank(right),
  barriers: (left, right) =>
    (left.barrierCount ?? -1) - (right.barrierCount ?? -1) ||
    (left.highPriorityCount ?? -1) - (right.highPriorityCount ?? -1),
};

/**
 * The rows in the chosen order. The sort is stable: rows that compare equal keep the order they
 * came in (newest first from `reviewRows`) in both directions.
 */
export function sortReviewRows(rows: readonly ReviewRow[], sort: ReviewSort): ReviewRow[] {
  const compare = COMPARATORS[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((left, right) => sign * compare(left, right));
}

/** True when the filters or the sort need barrier counts, which arrive after the first rows. */
export function needsBarrierCounts(filters: ReviewFilters, sort: ReviewSort): boolean {
  return filters.hasHighPriorityBarriers || sort.key === 'barriers';
}

function matchesSearch(row: ReviewRow, words: readonly string[]): boolean {
  return words.every((word) => row.searchText.includes(word));
}

/**
 * The rows that pass every filter, in their order. Search matches every word of `search` in the
 * client's name or the address, ignoring case and accents. Rows whose barriers are not counted
 * yet do not pass the high-priority filter.
 */
export function filterReviewRows(rows: readonly ReviewRow[], filters: ReviewFilters): ReviewRow[] {
  const words = foldForSearch(filters.search).split(/\s+/u).filter(Boolean);
  const { therapist, setting, status, dateFrom, dateTo } = filters;
  return rows.filter(
    (row) =>
      (therapist === undefined || row.therapistKey === therapist) &&
      (setting === undefined || row.setting === setting) &&
      (status === undefined || row.status === status) &&
      (dateFrom === undefined || (row.date !== undefined && row.date >= dateFrom)) &&
      (dateTo === undefined || (row.date !== undefined && row.date <= dateTo)) &&
      (!filters.hasHighPriorityBarriers || (row.highPriorityCount ?? 0) > 0) &&
      matchesSearch(row, words),
  );
}

export interface ReviewPage {
  rows: ReviewRow[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  matchCount: number;
}

/** One page of `rows`; a page past the end shows the last page, an empty list is one empty page. */
export function pageOfRows(rows: readonly ReviewRow[], page: number, pageSize: number): ReviewPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * pageSize;
  return {
    rows: rows.slice(start, start + pageSize),
    page: current,
    pageCount,
    matchCount: rows.length,
  };
}

/** The therapists who appear in `rows`, by name, for the therapist filter. */
export function therapistChoices(rows: readonly ReviewRow[]): { key: string; name: string }[] {
  const byKey = new Map<string, string>();
  for (const row of rows)
    if (row.therapistKey !== '') byKey.set(row.therapistKey, row.therapistName);
  return [...byKey]
    .map(([key, name]) => ({ key, name }))
    .sort((left, right) => collator.compare(left.name, right.name));
}
