// Times the app lock's PBKDF2 in Node and in Chromium, and the count the calibration picks in each.
import { calibrateIterations } from '../../src/app/security/kdf-calibration';
import { derivePassphraseBits } from '../../src/app/security/key-vault';
import { withServedApp } from './support/served-app';

const ITERATIONS = 600_000;
const RUNS = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function nodeFigures(): Promise<{ msPer100k: number; calibrated: number }> {
  const salt = new Uint8Array(16);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const startedAt = performance.now();
    await derivePassphraseBits('kettle lantern orbit', salt, ITERATIONS);
    times.push(performance.now() - startedAt);
  }
  const calibrated = await calibrateIterations({
    now: () => performance.now(),
    derive: (iterations) => derivePassphraseBits('calibration probe', salt, iterations),
  });
  return { msPer100k: median(times) / (ITERATIONS / 100_000), calibrated };
}

/** The same derivation in the page, through the browser's WebCrypto. */
async function chromiumMsPer100k(): Promise<number> {
  let msPer100k = 0;
  await withServedApp('kdf', async ({ baseUrl, browser }) => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/api/v1/health`);
    const times = await page.evaluate(
      async ({ iterations, runs }) => {
        const material = await crypto.subtle.importKey(
          'raw',
          new TextEncoder().encode('kettle lantern orbit'),
          'PBKDF2',
          false,
          ['deriveBits'],
        );
        const result: number[] = [];
        for (let run = 0; run < runs; run += 1) {
          const startedAt = performance.now();
          await crypto.subtle.deriveBits(
            { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations },
            material,
            256,
          );
          result.push(performance.now() - startedAt);
        }
        return result;
      },
      { iterations: ITERATIONS, runs: RUNS },
    );
    msPer100k = median(times) / (ITERATIONS / 100_000);
  });
  return msPer100k;
}

/** Prints PBKDF2-SHA-256 per 100,000 iterations and the 1-second count (one guess, one core). */
export async function runKdfBenchmarks(): Promise<void> {
  const node = await nodeFigures();
  const browser = await chromiumMsPer100k();
  const forOneSecond = (ms: number) => Math.round((100_000 * 1_000) / ms).toLocaleString('en');
  console.log('app lock key derivation (PBKDF2-SHA-256)');
  console.log(
    `  Node      ${node.msPer100k.toFixed(1)} ms per 100,000 iterations; calibration picks ${node.calibrated.toLocaleString('en')}`,
  );
  console.log(
    `  Chromium  ${browser.toFixed(1)} ms per 100,000 iterations; 1 s is ${forOneSecond(browser)}`,
  );
}
