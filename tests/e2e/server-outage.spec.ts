// A server that runs but cannot reach its database: the tablet says so in words, keeps the edit
// and sends it once the database is back. The outage is played by answering as the server does.
import { expect, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';

const DEGRADED_HEALTH = { status: 'degraded', db: 'down', version: 'e2e', message: 'No database.' };
const DATABASE_DOWN = {
  code: 'database_unavailable',
  message: 'The server cannot reach its database at the moment; try again shortly.',
};

// Without a service worker in between, so the page's requests can be answered as in an outage.
test.use({ serviceWorkers: 'block', viewport: { width: 810, height: 1080 } });

test('shows a server whose database is down as a server problem, and sends the edit once it is back', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  const shell = new ShellPage(page);
  const sync = new SyncPage(page);
  await page.route('**/api/v1/health', (route) =>
    route.fulfill({ status: 503, json: DEGRADED_HEALTH, headers: { 'retry-after': '30' } }),
  );
  await page.route('**/api/v1/sync', (route) =>
    route.fulfill({ status: 503, json: DATABASE_DOWN, headers: { 'retry-after': '30' } }),
  );
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(shell.connectionStatus).toHaveText('Server problem');

  const clients = new ClientsPage(page);
  const name = `Mr Okafor ${Date.now()}`;
  await clients.open();
  await clients.addClient(name);
  await expect(sync.badge).toHaveAccessibleName(
    /^Sync status: Server unavailable: \d+ edits? saved on this device$/,
  );
  await page.screenshot({ path: test.info().outputPath('outage-810x1080.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: test.info().outputPath('outage-1440x900.png') });
  await sync.open();
  await expect(page.getByTestId('sync-state')).toHaveText(/^Server unavailable: /);
  await page.screenshot({ path: test.info().outputPath('outage-sync-1440x900.png') });

  await page.unrouteAll();
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(shell.connectionStatus).toHaveText('Online');
  await sync.syncNow();

  const login = await request.post('/api/v1/auth/login', {
    data: { email: THERAPIST.email, password: THERAPIST.password },
  });
  const { token } = (await login.json()) as { token: string };
  const names: (string | undefined)[] = [];
  const reader = `e2e-reader-${Date.now()}`;
  for (let cursor = 0, snapshot = false, more = true; more; ) {
    const pulled = await request.post('/api/v1/sync', {
      headers: { authorization: `Bearer ${token}` },
      data: { deviceId: reader, cursor, push: [], limit: 1000, ...(snapshot ? { snapshot } : {}) },
    });
    const page = (await pulled.json()) as {
      changes: { set: { name?: string } }[];
      cursor: number;
      more: boolean;
      snapshot?: boolean;
    };
    names.push(...page.changes.map((change) => change.set.name));
    ({ cursor, more } = page);
    snapshot = page.snapshot === true && more;
  }
  expect(names).toContain(name);
});
