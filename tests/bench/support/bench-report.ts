// Statistics and wording for benchmark output: medians, percentiles, ratios against a target.

/** The value below which `fraction` of the values fall (nearest rank); NaN when there are none. */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The middle value; NaN when there are none. */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** "target met" when `ratio` is at most `targetMax`, else "target missed". */
export function targetWords(ratio: number, targetMax: number): string {
  return ratio <= targetMax ? 'target met' : 'target missed';
}

/** A ratio with its target, e.g. "1.23 (target at most 2: target met)". */
export function describeRatio(ratio: number, targetMax: number): string {
  return `${ratio.toFixed(2)} (target at most ${targetMax}: ${targetWords(ratio, targetMax)})`;
}

export function formatMs(durationMs: number): string {
  return durationMs < 10 ? `${durationMs.toFixed(2)} ms` : `${durationMs.toFixed(1)} ms`;
}

export function formatSeconds(durationMs: number): string {
  return `${(durationMs / 1000).toFixed(2)} s`;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** The text of an error for a one-line report. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one benchmark; a failure to run (not a slow figure) is printed and fails the bench. */
export async function runReported(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.log(`  failed: ${errorMessage(error)}`);
    process.exitCode = 1;
  }
}
