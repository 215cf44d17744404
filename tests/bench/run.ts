// `npm run bench`: builds the app and prints each benchmark's figures; sizes first.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runKdfBenchmarks } from './kdf-bench';
import { runLoadBenchmarks } from './load-bench';
import { runReportBenchmarks } from './report-bench';
import { runReviewBenchmarks } from './review-bench';
import { INITIAL_JS_BUDGET_BYTES, measureShellSize } from './shell-size';
import { runSyncBenchmarks } from './sync-bench';
import { runVisitBenchmarks } from './visit-bench';
import { runWireSizeBenchmark } from './wire-size';

const root = join(import.meta.dirname, '..', '..');

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function printShellSize(): void {
  const size = measureShellSize(join(root, 'dist'));
  const share = ((size.initialJsGzipBytes / INITIAL_JS_BUDGET_BYTES) * 100).toFixed(0);
  console.log('shell size');
  console.log(
    `  initial JS (gzip)   ${kib(size.initialJsGzipBytes)} of ${kib(INITIAL_JS_BUDGET_BYTES)} budget (${share}%) in ${size.initialJsFiles.length} file(s)`,
  );
  console.log(
    `  precache total      ${kib(size.precacheBytes)} in ${size.precacheEntries} entries`,
  );
  console.log(`  Leaflet in initial  ${size.hasLeafletInInitialJs ? 'yes (over budget)' : 'no'}`);
  if (size.initialJsGzipBytes > INITIAL_JS_BUDGET_BYTES || size.hasLeafletInInitialJs) {
    process.exitCode = 1;
  }
}

execFileSync(
  process.execPath,
  [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
printShellSize();
await runWireSizeBenchmark(root);
// The sync figures only print; a target missed is a finding to act on, not a failed build.
await runSyncBenchmarks();
await runLoadBenchmarks();
await runVisitBenchmarks();
await runReportBenchmarks();
await runReviewBenchmarks();
await runKdfBenchmarks();
