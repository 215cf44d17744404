// Sync as a therapist lives it: record offline on a tablet, sync later, see it on the desktop,
// and review a conflict when both edited the same field.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST, TINY_PNG } from './support/accounts';

async function signedInPage(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new ShellPage(page).waitForServiceWorkerControl();
  return page;
}

test('a client recorded offline on the tablet reaches the desktop, and a conflict shows both values', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const name = `Mrs Alvarez ${Date.now()}`;
  const tablet = await signedInPage(browser, { width: 800, height: 1280 });
  const tabletClients = new ClientsPage(tablet);
  const tabletSync = new SyncPage(tablet);

  await tablet.context().setOffline(true);
  await tabletClients.open();
  await tabletClients.addClient(name);
  await tabletClients.field('Address').fill('12 Elm St');
  await tabletClients.addPhoto({ name: 'front-step.png', mimeType: 'image/png', buffer: TINY_PNG });
  await expect(tabletClients.photos()).toHaveCount(1);
  await expect(tabletSync.badge).toHaveAccessibleName(/Offline|Pending/);

  await tablet.reload();
  await expect(tablet.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(tabletClients.field('Address')).toHaveValue('12 Elm St');
  await expect(tabletClients.photos()).toHaveCount(1);

  await tablet.context().setOffline(false);
  await tabletSync.syncNow();

  const desktop = await signedInPage(browser, { width: 1366, height: 900 });
  const desktopClients = new ClientsPage(desktop);
  await new SyncPage(desktop).syncNow();
  await desktopClients.open();
  await desktopClients.openClient(name);
  await expect(desktopClients.field('Address')).toHaveValue('12 Elm St');
  await expect(desktopClients.photos()).toHaveCount(1);

  await tablet.context().setOffline(true);
  await desktop.context().setOffline(true);
  await tabletClients.open();
  await tabletClients.openClient(name);
  await tabletClients.field('Notes').fill('Loose rug in the hall');
  await desktopClients.field('Notes').fill('Rug removed by the family');
  await tablet.context().setOffline(false);
  await desktop.context().setOffline(false);
  await tabletSync.syncNow();
  await new SyncPage(desktop).syncNow();
  await tabletSync.syncNow();

  const conflicts = tabletSync.conflicts();
  await expect(conflicts.getByRole('heading', { name: 'Conflicts to review (1)' })).toBeVisible();
  await expect(conflicts.getByText('Loose rug in the hall', { exact: true })).toBeVisible();
  await expect(conflicts.getByText('Rug removed by the family', { exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page: tablet }).analyze();
  expect(results.violations).toEqual([]);

  await conflicts.getByRole('button', { name: 'Keep “Loose rug in the hall”' }).click();
  await expect(conflicts.getByRole('heading', { name: 'Conflicts to review (0)' })).toBeVisible();
  await tabletSync.syncNow();
  await new SyncPage(desktop).syncNow();
  await desktopClients.open();
  await desktopClients.openClient(name);
  await expect(desktopClients.field('Notes')).toHaveValue('Loose rug in the hall');
});
