// How long to wait before retrying a failed sync: capped exponential back-off with full jitter.

export const RETRY_BASE_DELAY_MS = 1000;
export const RETRY_MAX_DELAY_MS = 5 * 60 * 1000;

/**
 * The delay before retry number `attempt` (0 for the first retry after a failure): a uniformly
 * random time between 0 and min(5 min, 1 s × 2^attempt), so many devices coming back online at
 * once spread out. `random` returns a number in [0, 1), like `Math.random`.
 */
export function nextRetryDelayMs(attempt: number, random: () => number): number {
  const exponent = Number.isNaN(attempt) ? 0 : Math.max(0, Math.floor(attempt));
  const ceilingMs = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** exponent);
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.floor(fraction * ceilingMs);
}
