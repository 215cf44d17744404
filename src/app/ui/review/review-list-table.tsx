// The review list's table: one page of assessments, with column headers that sort by keyboard or pointer.

import type { ReviewRow, ReviewSort, ReviewSortKey } from '../../../domain/review-list';
import { AppLink } from '../app-link';
import { TableScroll } from '../table-scroll';
import { formatDay, formatVisitDate, SETTING_LABELS, STATUS_LABELS } from './review-list-labels';
import { reviewPath } from './review-routes';

export interface ReviewListTableProps {
  rows: ReviewRow[];
  sort: ReviewSort;
  caption: string;
  onSort: (key: ReviewSortKey) => void;
}

function SortHeader(props: {
  label: string;
  column: ReviewSortKey;
  sort: ReviewSort;
  onSort: (key: ReviewSortKey) => void;
}) {
  const isSorted = props.sort.key === props.column;
  return (
    <th scope="col" aria-sort={isSorted ? props.sort.direction : undefined}>
      <button type="button" class="review-sort" onClick={() => props.onSort(props.column)}>
        {props.label}
        <span class="review-sort-arrow" aria-hidden="true">
          {isSorted ? (props.sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function BarrierCell({ row }: { row: ReviewRow }) {
  if (row.barrierCount === undefined) return <span class="hint">Counting…</span>;
  return (
    <>
      {row.barrierCount}
      {row.highPriorityCount !== undefined && row.highPriorityCount > 0 && (
        <span class="review-high"> ({row.highPriorityCount} high)</span>
      )}
    </>
  );
}

function RowCells({ row }: { row: ReviewRow }) {
  return (
    <tr>
      <th scope="row">
        <AppLink href={reviewPath(row.id)}>{row.clientName}</AppLink>
      </th>
      <td>{row.address || <span class="hint">No address</span>}</td>
      <td class="review-nowrap">{row.date === undefined ? '' : formatVisitDate(row.date)}</td>
      <td>
        {row.setting === undefined ? 'Setting not set' : SETTING_LABELS[row.setting]}
        <span class="review-type">{row.type === 'follow-up' ? 'Follow-up' : 'Initial'}</span>
      </td>
      <td>{row.therapistName}</td>
      <td>
        <span class={`review-status review-status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
      </td>
      <td class="review-number">
        <BarrierCell row={row} />
      </td>
      <td>
        {row.signedByName !== undefined && (
          <>
            {row.signedByName}
            {row.signedAt !== undefined && (
              <span class="review-type">{formatDay(row.signedAt)}</span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

export function ReviewListTable({ rows, sort, caption, onSort }: ReviewListTableProps) {
  const header = (label: string, column: ReviewSortKey) => (
    <SortHeader label={label} column={column} sort={sort} onSort={onSort} />
  );
  return (
    <TableScroll label={caption} extraClass="review-table-wrap">
      <table class="review-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('Client', 'client')}
            <th scope="col">Address</th>
            {header('Date', 'date')}
            <th scope="col">Visit</th>
            <th scope="col">Therapist</th>
            {header('Status', 'status')}
            {header('Barriers', 'barriers')}
            <th scope="col">Signed by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RowCells key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
