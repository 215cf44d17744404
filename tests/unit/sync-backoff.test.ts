import { describe, expect, it } from 'vitest';
import { nextRetryDelayMs, RETRY_MAX_DELAY_MS } from '../../src/sync/backoff';

const almostOne = () => 0.999_999;

describe('nextRetryDelayMs', () => {
  it('waits up to one second before the first retry', () => {
    expect(nextRetryDelayMs(0, almostOne)).toBe(999);
  });

  it('doubles the longest wait with each further attempt', () => {
    expect(nextRetryDelayMs(3, almostOne)).toBe(7999);
  });

  it('never waits longer than five minutes', () => {
    expect(nextRetryDelayMs(20, almostOne)).toBeLessThan(RETRY_MAX_DELAY_MS);
    expect(nextRetryDelayMs(10_000, almostOne)).toBe(RETRY_MAX_DELAY_MS - 1);
  });

  it('spreads retries over the whole range (full jitter)', () => {
    expect(nextRetryDelayMs(5, () => 0)).toBe(0);
    expect(nextRetryDelayMs(5, () => 0.5)).toBe(16_000);
  });

  it('treats a nonsense attempt number as the first attempt', () => {
    expect(nextRetryDelayMs(Number.NaN, almostOne)).toBe(999);
    expect(nextRetryDelayMs(-3, almostOne)).toBe(999);
  });
});
