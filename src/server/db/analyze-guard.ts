// Keeps PostgreSQL's planner statistics in step with bulk writes: after many rows land (a new
// device's first push, an import), the sync tables are analysed at once instead of waiting for
// autovacuum, whose threshold grows with the table (50 rows + 10%), so a plan chosen for the old
// row counts would otherwise slow every snapshot page until it runs.
import { sql } from 'kysely';
import type { Database } from './database';

/** Rows written by this process between two analyses of the sync tables. */
export const ANALYZE_EVERY_ROWS = 10_000;

export interface AnalyzeGuard {
  /** Counts rows a committed write added or changed; may start an analysis in the background. */
  noteWrites(rows: number): void;
  /** The analysis under way, if any (for a clean shutdown and for tests). */
  settled(): Promise<void>;
}

/** A guard for `database`; on SQLite it does nothing (its planner reads no such statistics). */
export function createAnalyzeGuard(
  database: Database,
  everyRows: number = ANALYZE_EVERY_ROWS,
): AnalyzeGuard {
  let rowsSince = 0;
  let running: Promise<void> = Promise.resolve();
  let isRunning = false;
  return {
    noteWrites(rows) {
      if (database.kind !== 'postgres') return;
      rowsSince += rows;
      if (rowsSince < everyRows || isRunning) return;
      rowsSince = 0;
      isRunning = true;
      running = sql`analyze changes, records, processed_patches`
        .execute(database.db)
        .then(
          () => undefined,
          // Statistics are an optimisation: a failed analysis leaves the old ones, and the next
          // bulk write tries again.
          () => undefined,
        )
        .finally(() => {
          isRunning = false;
        });
    },
    settled: () => running,
  };
}
