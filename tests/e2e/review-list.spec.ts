// The review list at a desk: the organization's assessments found by search (ignoring accents),
// narrowed by setting, status, dates and high-priority barriers, sorted from the keyboard, paged,
// kept in the address across reload and back, and each client's name opening the assessment.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { ReviewListPage } from './pages/review-list-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const DESKTOP = { viewport: { width: 1280, height: 800 }, hasTouch: false };
/** More than a page of 50 rows. */
const FILLER_COUNT = 48;

async function desktopPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    ...DESKTOP,
    baseURL: test.info().project.use.baseURL,
  });
  return context.newPage();
}

test('an empty device says there is nothing to review yet', async ({ browser }) => {
  const page = await desktopPage(browser);
  await page.goto('/review');
  await expect(page.getByText('No assessments on this device yet.')).toBeVisible();
});

test('the review list searches, filters, sorts from the keyboard, pages and opens an assessment', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  await ensureOrganization(request);
  const stamp = String(Date.now());
  const zoe = await seedVisit(request, {
    clientName: `Zoë Brontë ${stamp}`,
    address: '12 Élan Street, Leeds',
    date: '2025-03-01',
    status: 'complete',
  });
  await seedVisit(request, {
    clientName: `Adam Price ${stamp}`,
    address: '3 Mill Lane, York',
    setting: 'workplace',
    date: '2025-05-10',
  });
  await seedVisit(request, {
    clientName: `Mia Chen ${stamp}`,
    address: '9 School Road, Hull',
    setting: 'school',
    date: '2025-04-02',
  });
  for (let index = 1; index <= FILLER_COUNT; index += 1) {
    const clientName = `Filler ${stamp} ${String(index).padStart(2, '0')}`;
    await seedVisit(request, { clientName, date: '2024-01-15' });
  }

  const page = await desktopPage(browser);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  // A visit started on this device, with no barriers recorded yet.
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient(`Nadia Ward ${stamp}`);
  await new VisitPage(page).start(`Nadia Ward ${stamp}`);

  const list = new ReviewListPage(page);
  await list.open();
  await expect(page.getByRole('heading', { name: 'Barriers by room and priority' })).toBeVisible();
  await list.search(stamp);
  await expect(list.resultCount).toHaveText(/^52 (of [\d,]+ assessments match|assessments)\.$/);
  await expect(list.pages).toContainText('Page 1 of 2');
  await expect(list.clientNames()).toHaveCount(50);

  await list.pages.getByRole('button', { name: 'Next' }).click();
  await expect(list.pages).toContainText('Page 2 of 2');
  await expect(list.clientNames()).toHaveCount(2);
  // The search text (a client's name, often) stays out of the address and so out of the browser's
  // history: back keeps it, a reload forgets it.
  expect(page.url()).not.toContain(stamp);
  await page.goBack();
  await expect(list.pages).toContainText('Page 1 of 2');
  await expect(list.screen.getByRole('searchbox')).toHaveValue(stamp);
  await page.reload();
  await expect(list.screen.getByRole('searchbox')).toHaveValue('');
  await list.search(stamp);
  await expect(list.pages).toContainText('Page 1 of 2');

  await list.search(`zoe ${stamp}`);
  await expect(list.clientNames()).toHaveText([`Zoë Brontë ${stamp}`]);
  await list.search(`ELAN street ${stamp}`);
  await expect(list.clientNames()).toHaveText([`Zoë Brontë ${stamp}`]);
  // The export takes what is listed, not every assessment on the device.
  const exports = page.getByRole('region', { name: 'Export the assessments listed' });
  const downloading = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'Interventions (CSV)' }).click();
  const csv = await readFile(await (await downloading).path(), 'utf8');
  const rows = csv.trimEnd().split('\r\n').slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row.includes(`Zoë Brontë ${stamp}`))).toBe(true);

  await list.search(stamp);
  await list.choose('Setting', 'School');
  await expect(list.clientNames()).toHaveText([`Mia Chen ${stamp}`]);
  await list.choose('Setting', 'Any setting');
  await list.statusShortcut('Complete').click();
  await expect(list.statusShortcut('Complete')).toHaveAttribute('aria-pressed', 'true');
  await expect(list.clientNames()).toHaveText([`Zoë Brontë ${stamp}`]);
  await list.choose('Status', 'Any status');
  await list.dates('2025-04-01', '2025-05-31');
  await expect(list.clientNames()).toHaveText([`Adam Price ${stamp}`, `Mia Chen ${stamp}`]);
  await list.dates('', '');
  await list.choose('Therapist', THERAPIST.name);
  await expect(list.resultCount).toHaveText(/^52 /);
  await list.highPriorityFilter().check();
  await expect(list.resultCount).toHaveText(/^51 /);
  await list.pages.getByRole('button', { name: 'Next' }).click();
  await expect(list.clientNames()).not.toContainText([`Nadia Ward ${stamp}`]);
  await list.highPriorityFilter().uncheck();

  await list.sortWithKeyboard('Client');
  await expect(list.columnHeader('Client')).toHaveAttribute('aria-sort', 'ascending');
  await expect(list.clientNames().first()).toHaveText(`Adam Price ${stamp}`);
  await list.sortWithKeyboard('Client');
  await expect(list.columnHeader('Client')).toHaveAttribute('aria-sort', 'descending');
  await expect(list.clientNames().first()).toHaveText(`Zoë Brontë ${stamp}`);
  await expect(list.columnHeader('Date')).not.toHaveAttribute('aria-sort');

  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations).toEqual([]);

  await list.openAssessment(`Zoë Brontë ${stamp}`);
  await expect(page).toHaveURL(new RegExp(`/review/${zoe.assessmentId}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: `Review: Zoë Brontë ${stamp}` }),
  ).toBeVisible();
  await page.goBack();
  await expect(list.columnHeader('Client')).toHaveAttribute('aria-sort', 'descending');
  await expect(list.clientNames().first()).toHaveText(`Zoë Brontë ${stamp}`);
});
