// The review list as it was last built, kept in one meta value with the state of the device's
// records it was built from, so the next opening shows every row and count from a single read
// instead of reading thousands of assessments and a finding record per answered item.

import type { ReviewRow } from '../../../domain/review-list';
import {
  type FindingSummaries,
  restoreSummaries,
  type StoredSummaries,
  storeSummaries,
} from '../../../domain/review-list-summary';
import type { LocalStore } from '../../store/local-store';
import { META } from '../../store/meta-keys';

/** Bumped whenever the stored shape changes, so an older index is rebuilt rather than misread. */
const REVIEW_INDEX_FORMAT = 1;

export interface ReviewIndex {
  /** The records' state the index was built from (see `recordsStamp`). */
  stamp: string;
  rows: ReviewRow[];
  summaries: FindingSummaries;
}

interface StoredIndex {
  format: number;
  stamp: string;
  rows: ReviewRow[];
  summaries: StoredSummaries;
}

/**
 * Names the state of the records on this device. Records change only by a pulled page (which
 * moves the cursor) or a local edit (which takes the next device seq, in this tab or another), so
 * an equal stamp means the same records.
 */
export async function recordsStamp(store: LocalStore): Promise<string> {
  const [cursor, ackedSeq, lastQueuedSeq] = await Promise.all([
    store.getMeta(META.cursor),
    store.getMeta(META.ackedSeq),
    store.lastOutboxSeq(),
  ]);
  const deviceSeq = Math.max(Number(ackedSeq ?? 0), lastQueuedSeq);
  return `${Number(cursor ?? 0)}/${deviceSeq}`;
}

function isStoredIndex(value: unknown): value is StoredIndex {
  const stored = value as Partial<StoredIndex> | undefined;
  return (
    stored?.format === REVIEW_INDEX_FORMAT &&
    typeof stored.stamp === 'string' &&
    Array.isArray(stored.rows) &&
    Array.isArray(stored.summaries)
  );
}

/** The saved index, or undefined when there is none or it was saved in another format. */
export async function readReviewIndex(store: LocalStore): Promise<ReviewIndex | undefined> {
  const text = await store.getMeta(META.reviewIndex);
  if (typeof text !== 'string') return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isStoredIndex(stored)) return undefined;
  return { stamp: stored.stamp, rows: stored.rows, summaries: restoreSummaries(stored.summaries) };
}

/** Saves the index for the next opening. */
export async function saveReviewIndex(store: LocalStore, index: ReviewIndex): Promise<void> {
  const stored: StoredIndex = {
    format: REVIEW_INDEX_FORMAT,
    stamp: index.stamp,
    rows: index.rows,
    summaries: storeSummaries(index.summaries),
  };
  // One string, not thousands of objects: IndexedDB hands a string back far faster than it
  // rebuilds an object graph, and JSON.parse is quicker than that rebuild (measured in the bench).
  await store.setMeta(META.reviewIndex, JSON.stringify(stored));
}
