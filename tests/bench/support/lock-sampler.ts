// Samples PostgreSQL's pg_stat_activity during a load run: the share of samples in which some
// backend of the database waits on a lock (an organization's seq row, typically).
import pg from 'pg';

const SAMPLE_EVERY_MS = 50;

export interface LockSampler {
  /** Stops sampling; the share of samples with a backend waiting on a lock, 0 to 1. */
  stop(): Promise<{ samples: number; waitingShare: number }>;
}

/** Starts sampling the database at `url` (its own connection, left out of the counts). */
export async function startLockSampler(url: string): Promise<LockSampler> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let samples = 0;
  let waiting = 0;
  let isStopped = false;
  const loop = (async () => {
    while (!isStopped) {
      const result = await client.query<{ waiting: number }>(
        `select count(*) filter (where wait_event_type = 'Lock')::int as waiting
         from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      samples += 1;
      if ((result.rows[0]?.waiting ?? 0) > 0) waiting += 1;
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  return {
    async stop() {
      isStopped = true;
      await loop;
      await client.end();
      return { samples, waitingShare: samples === 0 ? 0 : waiting / samples };
    },
  };
}
