// `npm start`: builds the app when the build is missing or older than its sources, then runs the server.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'dist', 'index.html');
const APP_SOURCES = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'public',
  'src/app',
  'src/domain',
  'src/sync',
  'checklists',
];

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

function buildIsCurrent() {
  if (!existsSync(builtIndex)) return false;
  const builtAt = statSync(builtIndex).mtimeMs;
  return APP_SOURCES.every((source) => newestModification(join(root, source)) <= builtAt);
}

if (process.env.APP_DIR === undefined && !buildIsCurrent()) {
  process.stdout.write('Building the app (first start or sources changed)...\n');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/server/main.ts');
