// Chooses how many PBKDF2 iterations make deriving the passphrase key take about a second on this device.
import { derivePassphraseBits, PBKDF2_ITERATIONS } from './key-vault';

/**
 * Each derivation takes at least this long on the device that sets the passphrase, so each guess
 * against a copy of its storage costs the same on like hardware. OWASP's Password Storage Cheat
 * Sheet asks for 600,000 iterations as a floor; a second per unlock is what a person still accepts.
 */
export const TARGET_DERIVATION_MS = 1_000;
/**
 * Never more, whatever the probe says: a clock that returned nothing or a very fast desktop must
 * not give a count that takes a slower or throttled tablet a minute to unlock.
 */
export const MAX_PBKDF2_ITERATIONS = 20_000_000;
const PROBE_START_ITERATIONS = 100_000;
/** The probe stops doubling here: past it, only a clock that does not move reads under 100 ms. */
const MAX_PROBE_ITERATIONS = 3_200_000;
/** Probes shorter than this sit too near the clock's resolution to be worth scaling up. */
const MIN_PROBE_MS = 100;
const ROUND_TO = 10_000;

export interface CalibrationOptions {
  /** A monotonic clock in milliseconds (performance.now in the browser). */
  now: () => number;
  /** Runs one PBKDF2 derivation with this many iterations. */
  derive: (iterations: number) => Promise<unknown>;
  targetMs?: number;
}

/** The count for `targetMs` at the rate measured: rounded up, at least 600,000, at most the cap. */
export function iterationsFor(probeIterations: number, probeMs: number, targetMs: number): number {
  if (probeMs <= 0) return MAX_PBKDF2_ITERATIONS;
  const needed = Math.ceil((probeIterations * targetMs) / probeMs / ROUND_TO) * ROUND_TO;
  return Math.min(MAX_PBKDF2_ITERATIONS, Math.max(PBKDF2_ITERATIONS, needed));
}

async function timed(options: CalibrationOptions, iterations: number): Promise<number> {
  const startedAt = options.now();
  await options.derive(iterations);
  return options.now() - startedAt;
}

/**
 * Times PBKDF2 on this device, doubling the probe until it takes 100 ms or more, then once more
 * at that size, keeping the faster (a busy moment must not lower the count; about 0.4 s in all),
 * and returns the iterations that take `targetMs` (a second) at that rate.
 */
export async function calibrateIterations(options: CalibrationOptions): Promise<number> {
  const targetMs = options.targetMs ?? TARGET_DERIVATION_MS;
  let iterations = PROBE_START_ITERATIONS;
  let elapsedMs = await timed(options, iterations);
  while (elapsedMs < MIN_PROBE_MS && iterations < MAX_PROBE_ITERATIONS) {
    iterations *= 2;
    elapsedMs = await timed(options, iterations);
  }
  const againMs = await timed(options, iterations);
  return iterationsFor(iterations, Math.min(elapsedMs, againMs), targetMs);
}

/** Calibrates with this browser's WebCrypto PBKDF2 and its monotonic clock. */
export function calibrateOnThisDevice(): Promise<number> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return calibrateIterations({
    now: () => performance.now(),
    derive: (iterations) => derivePassphraseBits('calibration probe', salt, iterations),
  });
}
