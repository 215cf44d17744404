// The report of a synced visit: both variants print to PDF with the client, every barrier, the
// photo, the total cost and page numbers; it opens offline, keeps markup inert and passes axe.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { plainFinding } from '../../src/domain/plain-statements';
import { firstNameOf, formatCostRange } from '../../src/domain/report-wording';
import { ReportPage } from './pages/report-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { type SeededVisit, seedVisit } from './support/seed-visit';

const HOSTILE_NOTE = '<script>alert(1)</script><b>x</b>';

/** A desktop context signed in as the therapist, synced, with the service worker in control. */
async function syncedDesktop(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new ShellPage(page).waitForServiceWorkerControl();
  await new SyncPage(page).syncNow();
  return page;
}

function totalCostText(visit: SeededVisit): string {
  return formatCostRange({ currency: 'USD', ...visit.totalCost }, { locale: 'en-US' });
}

test.beforeEach(async ({ request }) => {
  await ensureOrganization(request);
});

test('the clinical report prints with the client, every barrier, the photo, the total and page numbers', async ({
  browser,
  request,
}) => {
  const visit = await seedVisit(request);
  const report = new ReportPage(await syncedDesktop(browser));
  await report.open(visit.assessmentId, 'clinical');

  const pdf = await report.printedPdf();
  expect(pdf.text).toContain(visit.clientName);
  for (const barrier of visit.barriers) expect(pdf.text).toContain(barrier.prompt);
  expect(pdf.text).toContain(totalCostText(visit));
  expect(pdf.text).toContain(`Page 1 of ${pdf.pageCount}`);
  expect(pdf.text).toContain('DRAFT — not signed off');
  expect(pdf.imageCount).toBe(1);
});

/** The answer that makes a seeded item a barrier, read from the checklist it was made with. */
function barrierWhenOf(prompt: string): 'yes' | 'no' | undefined {
  const checklist = JSON.parse(readFileSync('checklists/archive/adult-home.v1.json', 'utf8')) as {
    areas: { items: { prompt: string; answer: { type: string; barrierWhen?: unknown } }[] }[];
  };
  const item = checklist.areas.flatMap((area) => area.items).find((one) => one.prompt === prompt);
  const barrierWhen = item?.answer.type === 'yes-no' ? item.answer.barrierWhen : undefined;
  return barrierWhen === 'yes' || barrierWhen === 'no' ? barrierWhen : undefined;
}

test('the plain-language report prints every barrier in plain words with the photo and the total', async ({
  browser,
  request,
}) => {
  const visit = await seedVisit(request);
  const report = new ReportPage(await syncedDesktop(browser));
  await report.open(visit.assessmentId, 'clinical');
  await report.variantLink('Plain-language report').click();
  await report.waitUntilReady();

  const pdf = await report.printedPdf();
  const firstName = firstNameOf(visit.clientName);
  expect(pdf.text).toContain(visit.clientName);
  for (const barrier of visit.barriers) {
    const item = { prompt: barrier.prompt, barrierWhen: barrierWhenOf(barrier.prompt) };
    expect(pdf.text).toContain(plainFinding(item, { firstName, pronouns: 'they' }));
  }
  expect(pdf.text).toContain('Do this first');
  expect(pdf.text).toContain(`Altogether this may cost about ${totalCostText(visit)}`);
  expect(pdf.text).toContain(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
  expect(pdf.text).not.toContain('ADA 2010');
  expect(pdf.imageCount).toBe(1);
});

test('the report opens offline once the visit is on the device, photo included', async ({
  browser,
  request,
}) => {
  const visit = await seedVisit(request);
  const page = await syncedDesktop(browser);
  const report = new ReportPage(page);
  await report.open(visit.assessmentId, 'plain');
  await expect(
    report.report.getByRole('img', { name: 'Towel rail used as a grab bar' }),
  ).toBeVisible();

  await page.context().setOffline(true);
  await page.reload();
  await report.waitUntilReady();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(visit.clientName);
  await expect(
    report.report.getByRole('img', { name: 'Towel rail used as a grab bar' }),
  ).toBeVisible();
});

test('markup typed into the name, address and a note shows as text in the report and never runs', async ({
  browser,
  request,
}) => {
  const hostileName = `Ann <i>Lee</i> ${Date.now()}`;
  const hostileAddress = '<img src=x onerror=alert(2)> 3 Mill Lane';
  const visit = await seedVisit(request, {
    barrierNote: HOSTILE_NOTE,
    clientName: hostileName,
    address: hostileAddress,
  });
  const page = await syncedDesktop(browser);
  let dialogCount = 0;
  page.on('dialog', (dialog) => {
    dialogCount += 1;
    void dialog.dismiss();
  });
  const report = new ReportPage(page);
  for (const variant of ['clinical', 'plain'] as const) {
    await report.open(visit.assessmentId, variant);
    await expect(report.report.getByText(HOSTILE_NOTE)).toBeVisible();
    await expect(report.report.locator('b', { hasText: 'x' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: hostileName })).toBeVisible();
    await expect(page.locator('i', { hasText: 'Lee' })).toHaveCount(0);
    if (variant === 'clinical') {
      await expect(report.report.getByText(hostileAddress)).toBeVisible();
    }
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  expect(dialogCount).toBe(0);
});

test('both report variants pass an axe scan', async ({ browser, request }) => {
  const visit = await seedVisit(request);
  const report = new ReportPage(await syncedDesktop(browser));
  for (const variant of ['clinical', 'plain'] as const) {
    await report.open(visit.assessmentId, variant);
    const results = await new AxeBuilder({ page: report.page }).analyze();
    expect(results.violations).toEqual([]);
  }
});
