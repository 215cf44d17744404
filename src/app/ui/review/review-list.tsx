// The organization's assessments, to find one and read it for review: filters, sort and pages
// kept in the address (the search text in memory only), the status and barrier overview above.
import './review-list.css';
import { useMemo } from 'preact/hooks';
import type { RecordId } from '../../../domain/ids';
import {
  type ReviewFilters as Filters,
  filterReviewRows,
  needsBarrierCounts,
  pageOfRows,
  type ReviewRow,
  type ReviewSort,
  sortReviewRows,
  therapistChoices,
} from '../../../domain/review-list';
import { barriersByRoom, countByStatus } from '../../../domain/review-list-summary';
import { ExportPanel } from '../exports/export-panel';
import { useFeed } from '../feed';
import { navigate, useLocation } from '../router';
import { ScreenFrame } from '../screens/screen-frame';
import { useServices } from '../services';
import { ReviewFilters } from './review-filters';
import { useReviewData } from './review-list-data';
import { ReviewListOverview } from './review-list-overview';
import { ReviewListPager } from './review-list-pager';
import {
  DEFAULT_QUERY,
  formatReviewQuery,
  hasFilters,
  nextSort,
  parseReviewQuery,
  type ReviewListQuery,
} from './review-list-query';
import { ReviewListTable } from './review-list-table';

/** Rows per page: a screenful or two at a desk, and little enough to render at once on a tablet. */
export const REVIEW_PAGE_SIZE = 50;

const SORT_WORDS: Record<ReviewSort['key'], Record<ReviewSort['direction'], string>> = {
  date: { descending: 'newest first', ascending: 'oldest first' },
  client: { ascending: 'client A to Z', descending: 'client Z to A' },
  status: { ascending: 'draft to signed', descending: 'signed to draft' },
  barriers: { descending: 'most barriers first', ascending: 'fewest barriers first' },
};

const countWords = (count: number) =>
  `${count.toLocaleString()} assessment${count === 1 ? '' : 's'}`;

function matchWords(matchCount: number, total: number, isWaiting: boolean): string {
  if (isWaiting)
    return 'Counting barriers on this device before the list can be filtered or sorted by them…';
  if (matchCount === total) return `${countWords(total)}.`;
  return `${matchCount.toLocaleString()} of ${countWords(total)} match.`;
}

/** The rows the filters let through, with the counts the overview shows. */
function useFilteredRows(rows: ReviewRow[] | undefined, query: ReviewListQuery) {
  const { filters, sort } = query;
  const { key, direction } = sort;
  const sorted = useMemo(
    () => rows && sortReviewRows(rows, { key, direction }),
    [rows, key, direction],
  );
  const anyStatus = useMemo(
    () => sorted && filterReviewRows(sorted, { ...filters, status: undefined }),
    [sorted, filters],
  );
  const matching = useMemo(
    () => anyStatus?.filter((row) => filters.status === undefined || row.status === filters.status),
    [anyStatus, filters.status],
  );
  return { anyStatus, matching };
}

export function ReviewList() {
  const { path, search } = useLocation();
  const services = useServices();
  const searchText = useFeed(services.reviewSearch);
  const query = useMemo(() => {
    const fromAddress = parseReviewQuery(search);
    return { ...fromAddress, filters: { ...fromAddress.filters, search: searchText } };
  }, [search, searchText]);
  const { rows, summaries } = useReviewData();
  const { anyStatus, matching } = useFilteredRows(rows, query);
  const therapists = useMemo(() => therapistChoices(rows ?? []), [rows]);
  const roomCounts = useMemo(
    () =>
      summaries &&
      matching &&
      barriersByRoom(
        matching.map((row) => row.id),
        summaries,
      ),
    [summaries, matching],
  );

  const go = (next: ReviewListQuery, isTyping = false) =>
    navigate(`${path}${formatReviewQuery(next)}`, { replace: isTyping });
  const filterBy = (filters: Filters, isTyping?: boolean) => {
    services.reviewSearch.set(filters.search);
    go({ ...query, filters, page: 1 }, isTyping);
  };

  if (rows === undefined || anyStatus === undefined || matching === undefined) {
    return (
      <ScreenFrame title="Review">
        <p class="hint">Reading the assessments on this device…</p>
      </ScreenFrame>
    );
  }
  if (rows.length === 0) {
    return (
      <ScreenFrame title="Review">
        <div class="empty-state">
          <p>No assessments on this device yet.</p>
          <p class="hint">
            The organization's assessments appear here once they are synced, to be read, commented
            and signed off.
          </p>
        </div>
      </ScreenFrame>
    );
  }

  const isWaiting = summaries === undefined && needsBarrierCounts(query.filters, query.sort);
  const shown = pageOfRows(isWaiting ? [] : matching, query.page, REVIEW_PAGE_SIZE);
  return (
    <ScreenFrame title="Review">
      <div class="review-list">
        <ReviewFilters
          filters={query.filters}
          therapists={therapists}
          isCounting={summaries === undefined}
          onChange={filterBy}
        />
        <ReviewListOverview
          statusCounts={countByStatus(anyStatus)}
          chosenStatus={query.filters.status}
          onStatus={(status) => filterBy({ ...query.filters, status })}
          barriersByRoom={roomCounts}
        />
        <div class="review-result">
          <p role="status" class="review-count">
            {matchWords(shown.matchCount, rows.length, isWaiting)}
          </p>
          {hasFilters(query.filters) && (
            <button type="button" class="button" onClick={() => filterBy(DEFAULT_QUERY.filters)}>
              Clear filters
            </button>
          )}
        </div>
        <ReviewListTable
          rows={shown.rows}
          sort={query.sort}
          caption={`Assessments, ${SORT_WORDS[query.sort.key][query.sort.direction]}${
            shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : ''
          }`}
          onSort={(key) => go({ ...query, sort: nextSort(query.sort, key), page: 1 })}
        />
        {!isWaiting && shown.matchCount === 0 && (
          <p class="empty-state">No assessments match these filters.</p>
        )}
        <ReviewListPager
          page={shown.page}
          pageCount={shown.pageCount}
          onPage={(page) => go({ ...query, page })}
        />
        {!isWaiting && (
          <ExportPanel
            assessmentIds={matching.map((row) => row.id as RecordId)}
            label={
              hasFilters(query.filters) ? 'Export the assessments listed' : 'Export all assessments'
            }
          />
        )}
      </div>
    </ScreenFrame>
  );
}
