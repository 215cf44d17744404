// Calibration of the passphrase key's cost: about a second on the device, never under 600,000 iterations.
import { describe, expect, it } from 'vitest';
import {
  calibrateIterations,
  iterationsFor,
  MAX_PBKDF2_ITERATIONS,
} from '../../src/app/security/kdf-calibration';
import { PBKDF2_ITERATIONS } from '../../src/app/security/key-vault';

/** A device whose PBKDF2 takes `msPer100k` per 100,000 iterations, on a clock that only it moves. */
function deviceAt(msPer100k: number) {
  let nowMs = 0;
  const probes: number[] = [];
  return {
    probes,
    options: {
      now: () => nowMs,
      derive: async (iterations: number) => {
        probes.push(iterations);
        nowMs += (iterations / 100_000) * msPer100k;
      },
    },
  };
}

describe('the PBKDF2 calibration', () => {
  it('chooses the count that takes a second on a mid-range tablet', async () => {
    const tablet = deviceAt(60);
    expect(await calibrateIterations(tablet.options)).toBe(1_670_000);
    expect(tablet.probes).toEqual([100_000, 200_000, 200_000]);
  });

  it('probes longer on a fast device until the clock can be trusted, then scales', async () => {
    const desktop = deviceAt(15);
    expect(await calibrateIterations(desktop.options)).toBe(6_670_000);
    expect(desktop.probes).toEqual([100_000, 200_000, 400_000, 800_000, 800_000]);
  });

  it('keeps the faster of two probes, so a busy moment does not lower the count', async () => {
    let nowMs = 0;
    let runs = 0;
    const busyOnce = {
      now: () => nowMs,
      derive: async (iterations: number) => {
        runs += 1;
        nowMs += (iterations / 100_000) * (runs === 2 ? 120 : 60);
      },
    };
    expect(await calibrateIterations(busyOnce)).toBe(1_670_000);
  });

  it('never goes under 600,000 iterations on a slow device', async () => {
    expect(await calibrateIterations(deviceAt(400).options)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('never goes over the cap, even on a clock that does not move', async () => {
    const frozen = { now: () => 0, derive: async () => undefined };
    expect(await calibrateIterations(frozen)).toBe(MAX_PBKDF2_ITERATIONS);
    expect(iterationsFor(100_000, 0.001, 1_000)).toBe(MAX_PBKDF2_ITERATIONS);
  });

  it('rounds up, so a derivation takes at least the target', () => {
    expect(iterationsFor(800_000, 130, 1_000)).toBe(6_160_000);
    expect(iterationsFor(800_000, 130, 1_000) * (130 / 800_000)).toBeGreaterThanOrEqual(1_000);
  });
});
