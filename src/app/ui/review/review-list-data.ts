// The review list's records, read in two stages so the first rows show at once: assessments and
// clients first; rooms and findings (many times more records) after those rows have painted, to
// fill the barrier counts.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type ReviewRow, reviewRows } from '../../../domain/review-list';
import { type FindingSummaries, summarizeFindings } from '../../../domain/review-list-summary';
import type { LocalRecord } from '../../../sync/replica';
import { useFeed } from '../feed';
import { useServices } from '../services';

export interface ReviewData {
  /** Undefined until the assessments and clients are read. */
  rows: ReviewRow[] | undefined;
  /** Undefined while the findings are read for the first time. */
  summaries: FindingSummaries | undefined;
}

interface ListRecords {
  assessments: LocalRecord[];
  clients: LocalRecord[];
}

/** Reads the organization's assessments for the review list; re-reads when records change. */
export function useReviewData(): ReviewData {
  const services = useServices();
  const version = useFeed(services.recordsVersion);
  const session = useFeed(services.currentSession);
  const [records, setRecords] = useState<ListRecords | undefined>(undefined);
  const [summaries, setSummaries] = useState<FindingSummaries | undefined>(undefined);
  const hasRecords = records !== undefined;

  useEffect(() => {
    let isCurrent = true;
    void Promise.all([
      services.engine.listRecords('assessment'),
      services.engine.listRecords('client'),
    ]).then(([assessments, clients]) => {
      if (isCurrent) setRecords({ assessments, clients });
    });
    return () => {
      isCurrent = false;
    };
  }, [services, version]);

  // Preact runs effects after the browser paints, so the findings are read once the rows are shown.
  useEffect(() => {
    if (!hasRecords) return;
    let isCurrent = true;
    void Promise.all([
      services.engine.listRecords('finding'),
      services.engine.listRecords('room'),
    ]).then(([findings, rooms]) => {
      if (isCurrent) setSummaries(summarizeFindings(findings, rooms));
    });
    return () => {
      isCurrent = false;
    };
  }, [services, version, hasRecords]);

  const peopleNames = useMemo(
    () => new Map(session === undefined ? [] : [[session.user.id, session.user.name] as const]),
    [session],
  );
  const rows = useMemo(
    () => (records === undefined ? undefined : reviewRows({ ...records, summaries, peopleNames })),
    [records, summaries, peopleNames],
  );
  return { rows, summaries };
}
