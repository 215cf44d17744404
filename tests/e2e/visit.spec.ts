// The room-by-room visit on a tablet, offline after the first load; it survives the page being
// closed, syncs when back online, and a desktop sees the same visit and photos.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST, TINY_PNG } from './support/accounts';

const DOOR_ITEM = /Is the entrance door wide enough/;
const HALL_DOORS_ITEM = /Are the internal doors off the hallway wide enough/;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

async function signedIn(
  browser: Browser,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await page.getByRole('radio', { name: /Imperial/ }).check();
  await new ShellPage(page).waitForServiceWorkerControl();
  return page;
}

async function recordClient(page: Page, name: string): Promise<void> {
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient(name);
  await clients.field('Mobility device').selectOption({ label: 'Manual wheelchair' });
  await clients.field('Device width').fill('26');
  await expect(page.getByText('Saved as 660 mm')).toBeVisible();
  await expectNoAxeViolations(page);
}

async function walkTheEntrance(visit: VisitPage, page: Page): Promise<void> {
  await visit.openRoom('Entrance');
  await visit.openItem(DOOR_ITEM);
  await visit.answer('Barrier').click();
  await page.getByLabel('Clear width (inches)').fill('28');
  await expect(page.getByText(/^Fail: Clear width 28"/)).toBeVisible();
  await expect(page.getByText(/Standard: 32" minimum/)).toBeVisible();
  await page.getByLabel('Add photo').setInputFiles([
    { name: 'door-1.png', mimeType: 'image/png', buffer: TINY_PNG },
    { name: 'door-2.png', mimeType: 'image/png', buffer: TINY_PNG },
  ]);
  await expect(page.getByRole('img', { name: 'Photo' })).toHaveCount(2);
  const recommendations = page.getByRole('region', { name: 'Recommendations' });
  const suggested = recommendations.getByRole('button', { name: /^Add / });
  await suggested.first().click();
  await expect(
    recommendations
      .getByRole('list', { name: 'Recommended for this barrier' })
      .getByRole('listitem'),
  ).toHaveCount(1);
  await suggested.first().click();
  await recommendations
    .getByLabel('Custom recommendation')
    .fill('Ask the landlord about a wider door');
  await recommendations.getByRole('button', { name: 'Add custom' }).click();
  await expect(
    recommendations
      .getByRole('list', { name: 'Recommended for this barrier' })
      .getByRole('listitem'),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Next unanswered' }).click();
  for (let count = 0; count < 8; count += 1) await visit.answerAndGoOn('OK');
}

test('a home visit recorded offline survives closing the page and reaches the desktop', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  await ensureOrganization(request);
  const clientName = `Mr Okafor ${Date.now()}`;
  let tablet = await signedIn(browser, { width: 800, height: 1280 });
  const context = tablet.context();
  await context.setOffline(true);
  await recordClient(tablet, clientName);

  let visit = new VisitPage(tablet);
  await visit.fillNewVisit(clientName);
  await expectNoAxeViolations(tablet);
  await visit.submitNewVisit(clientName);
  await visit.addGoal('Shower without help', 'Bathing and showering', 3, 2);
  await visit.addGoal('Get to the bus stop', 'Getting in and out', 5, 4);
  await visit.addRoom('Entrance (15 items)', 'Entrance');
  await visit.addRoom('Hallways (10 items)', 'Hallways');
  await visit.addRoom('Bathroom: toilet (13 items)', 'Bathroom: toilet');
  await visit.addRoom('Bathroom: toilet (13 items)', 'Bathroom: toilet 2');
  await expectNoAxeViolations(tablet);

  await walkTheEntrance(visit, tablet);
  await visit.backToVisit();
  await visit.openRoom('Hallways');
  await visit.openItem(HALL_DOORS_ITEM);
  await visit.answer('OK').click();
  await tablet.getByLabel('Clear width (inches)').fill('36');
  await expect(tablet.getByText(/^Pass: Clear width 36"/)).toBeVisible();
  await tablet.getByRole('button', { name: 'Next unanswered' }).click();
  for (let count = 0; count < 5; count += 1) await visit.answerAndGoOn('Not applicable');
  await expectNoAxeViolations(tablet);

  await tablet.close();
  tablet = await context.newPage();
  await tablet.goto('/');
  visit = new VisitPage(tablet);
  await visit.open(clientName);
  await expect(tablet.getByText(/^Progress: 15 of 51 items/)).toBeVisible();
  await expect(visit.rooms().getByRole('listitem')).toHaveCount(4);
  await expect(tablet.getByRole('listitem', { name: /^Goal / })).toHaveCount(2);
  await tablet.getByRole('link', { name: 'Summary' }).click();
  await expect(tablet.getByText('Total estimated cost')).toBeVisible();
  await expect(
    tablet.getByRole('table', { name: 'Recommended interventions by priority' }).getByRole('row'),
  ).toHaveCount(4);
  await expectNoAxeViolations(tablet);
  await tablet.getByRole('link', { name: 'Back to the visit' }).click();
  await tablet.getByRole('link', { name: 'Floor plan' }).click();
  await expect(tablet.getByRole('heading', { level: 1, name: 'Floor plan' })).toBeVisible();
  await expectNoAxeViolations(tablet);

  await context.setOffline(false);
  await new SyncPage(tablet).syncNow();

  const desktop = await signedIn(browser, { width: 1366, height: 900 });
  await new SyncPage(desktop).syncNow();
  const desktopVisit = new VisitPage(desktop);
  await desktopVisit.open(clientName);
  await desktopVisit.openRoom('Entrance');
  await desktopVisit.openItem(DOOR_ITEM);
  await expect(desktop.getByLabel('Clear width (inches)')).toHaveValue('28"');
  await expect(desktop.getByRole('img', { name: 'Photo' })).toHaveCount(2);
});
