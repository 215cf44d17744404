// The review list's filters, sort and page as they live in the address, so reload and back keep
// them. The search text is never put there: it is often a client's name, and the browser keeps
// addresses in its history and session files.
import {
  ASSESSMENT_SETTINGS,
  ASSESSMENT_STATUSES,
  REVIEW_SORT_KEYS,
  type ReviewFilters,
  type ReviewSort,
  type ReviewSortKey,
  type SortDirection,
} from '../../../domain/review-list';

export interface ReviewListQuery {
  filters: ReviewFilters;
  sort: ReviewSort;
  page: number;
}

/** The direction a column sorts in when first chosen: newest and most barriers first. */
export const FIRST_DIRECTION: Record<ReviewSortKey, SortDirection> = {
  date: 'descending',
  client: 'ascending',
  status: 'ascending',
  barriers: 'descending',
};

export const DEFAULT_QUERY: ReviewListQuery = {
  filters: { search: '', hasHighPriorityBarriers: false },
  sort: { key: 'date', direction: 'descending' },
  page: 1,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<V extends string>(value: string | null, values: readonly V[]): V | undefined {
  return values.find((candidate) => candidate === value);
}

const dateParameter = (value: string | null) =>
  value !== null && ISO_DATE.test(value) ? value : undefined;

/** Reads the query string (search left empty); anything unknown or malformed falls back to the default. */
export function parseReviewQuery(search: string): ReviewListQuery {
  const parameters = new URLSearchParams(search);
  const key = oneOf(parameters.get('sort'), REVIEW_SORT_KEYS) ?? DEFAULT_QUERY.sort.key;
  const direction = oneOf(parameters.get('dir'), ['ascending', 'descending'] as const);
  return {
    filters: {
      search: '',
      therapist: parameters.get('therapist') || undefined,
      setting: oneOf(parameters.get('setting'), ASSESSMENT_SETTINGS),
      status: oneOf(parameters.get('status'), ASSESSMENT_STATUSES),
      dateFrom: dateParameter(parameters.get('from')),
      dateTo: dateParameter(parameters.get('to')),
      hasHighPriorityBarriers: parameters.get('high') === '1',
    },
    sort: { key, direction: direction ?? FIRST_DIRECTION[key] },
    page: Math.max(1, Number.parseInt(parameters.get('page') ?? '1', 10) || 1),
  };
}

/** The query string of `query` (with its leading `?`, or empty), leaving out defaults and the search. */
export function formatReviewQuery(query: ReviewListQuery): string {
  const { filters, sort } = query;
  const entries: [string, string | undefined][] = [
    ['therapist', filters.therapist],
    ['setting', filters.setting],
    ['status', filters.status],
    ['from', filters.dateFrom],
    ['to', filters.dateTo],
    ['high', filters.hasHighPriorityBarriers ? '1' : undefined],
    ['sort', sort.key === DEFAULT_QUERY.sort.key ? undefined : sort.key],
    ['dir', sort.direction === FIRST_DIRECTION[sort.key] ? undefined : sort.direction],
    ['page', query.page > 1 ? String(query.page) : undefined],
  ];
  const parameters = new URLSearchParams();
  for (const [name, value] of entries) if (value !== undefined) parameters.set(name, value);
  const text = parameters.toString();
  return text === '' ? '' : `?${text}`;
}

/** The sort after a column's header is pressed: the other direction, or the column's first one. */
export function nextSort(current: ReviewSort, key: ReviewSortKey): ReviewSort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** True when any filter narrows the list. */
export function hasFilters(filters: ReviewFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.hasHighPriorityBarriers ||
    [filters.therapist, filters.setting, filters.status, filters.dateFrom, filters.dateTo].some(
      (value) => value !== undefined,
    )
  );
}
