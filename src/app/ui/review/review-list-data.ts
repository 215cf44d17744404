// The review list's rows and barrier counts. An opening shows the saved index first (one read);
// when the records changed since it was saved, or there is none, the rows are then read from
// assessments and clients, and the counts from rooms and findings (many times more records) after
// those rows have painted; the result is saved as the next opening's index.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ReviewRow, reviewRows } from '../../../domain/review-list';
import { type FindingSummaries, summarizeFindings } from '../../../domain/review-list-summary';
import type { AppServices } from '../../app-services';
import { useFeed } from '../feed';
import { useServices } from '../services';
import { readReviewIndex, recordsStamp, saveReviewIndex } from './review-list-index';

export interface ReviewData {
  /** Undefined until the first rows are read. */
  rows: ReviewRow[] | undefined;
  /** Undefined while the findings are read for the first time. */
  summaries: FindingSummaries | undefined;
}

const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface LoadContext {
  services: AppServices;
  peopleNames: ReadonlyMap<string, string>;
  /** The stamp of what is shown; undefined until what is shown is known to be up to date. */
  shownStamp: string | undefined;
  shown: () => ReviewData;
  isCurrent: () => boolean;
  show: (data: ReviewData, stamp?: string) => void;
}

/** Reads what changed since `context.shownStamp` and shows it, in the stages described above. */
async function loadReviewData(context: LoadContext): Promise<void> {
  const { services, peopleNames } = context;
  const stamp = await recordsStamp(services.store);
  if (stamp === context.shownStamp || !context.isCurrent()) return;
  const saved =
    context.shown().rows === undefined ? await readReviewIndex(services.store) : undefined;
  if (saved !== undefined) {
    const isFresh = saved.stamp === stamp;
    context.show({ rows: saved.rows, summaries: saved.summaries }, isFresh ? stamp : undefined);
    if (isFresh) return;
  }
  const [assessments, clients] = await Promise.all([
    services.engine.listRecords('assessment'),
    services.engine.listRecords('client'),
  ]);
  if (!context.isCurrent()) return;
  const earlier = context.shown().summaries;
  context.show({
    rows: reviewRows({ assessments, clients, summaries: earlier, peopleNames }),
    summaries: earlier,
  });
  await afterPaint();
  const [findings, rooms] = await Promise.all([
    services.engine.listRecords('finding'),
    services.engine.listRecords('room'),
  ]);
  if (!context.isCurrent()) return;
  const summaries = summarizeFindings(findings, rooms);
  const rows = reviewRows({ assessments, clients, summaries, peopleNames });
  context.show({ rows, summaries }, stamp);
  await saveReviewIndex(services.store, { stamp, rows, summaries });
}

/** The organization's assessments for the review list; re-read when records change. */
export function useReviewData(): ReviewData {
  const services = useServices();
  const version = useFeed(services.recordsVersion);
  const session = useFeed(services.currentSession);
  const [data, setData] = useState<ReviewData>({ rows: undefined, summaries: undefined });
  const shown = useRef<{ stamp: string | undefined; data: ReviewData }>({
    stamp: undefined,
    data,
  });

  // `version` counts changes to records: each is a reason to look again.
  useEffect(() => {
    let isCurrent = true;
    const peopleNames = new Map(session ? [[session.user.id, session.user.name] as const] : []);
    void loadReviewData({
      services,
      peopleNames,
      shownStamp: shown.current.stamp,
      shown: () => shown.current.data,
      isCurrent: () => isCurrent,
      show: (next, stamp) => {
        if (!isCurrent) return;
        shown.current = { stamp, data: next };
        setData(next);
      },
    });
    return () => {
      isCurrent = false;
    };
  }, [services, session, version]);
  return data;
}
