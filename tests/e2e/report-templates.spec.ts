// A visit printed with each funder's template: the sections in the template's order, page X of Y,
// lengths in the template's units and the total; the report says what its template still needs,
// records it in place, and prints the organization's letterhead. Axe on the template screen.

import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { parseReportTemplate, type ReportTemplate } from '../../src/domain/report-template';
import { ReportPage } from './pages/report-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

/** The built-in templates as the app ships them, read from their files. */
const templateDirectory = new URL('../../report-templates/', import.meta.url);
const templates: ReportTemplate[] = readdirSync(templateDirectory)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => {
    const data: unknown = JSON.parse(readFileSync(new URL(name, templateDirectory), 'utf8'));
    const result = parseReportTemplate(data, name);
    if (!result.ok) throw new Error(`${name} does not read: ${JSON.stringify(result.errors)}`);
    return result.template;
  });

async function syncedPage(
  browser: Browser,
  viewport = { width: 1366, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new ShellPage(page).waitForServiceWorkerControl();
  await new SyncPage(page).syncNow();
  return page;
}

test.beforeEach(async ({ request }) => {
  await ensureOrganization(request);
});

test('each built-in template prints its sections in order, numbered, in its own units', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const visit = await seedVisit(request);
  const page = await syncedPage(browser);
  const report = new ReportPage(page);
  await report.open(visit.assessmentId, 'clinical');
  for (const template of templates) {
    await page.getByText("Print with a funder's template").click();
    await page.getByRole('link', { name: template.title }).click();
    await report.waitUntilReady();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(template.title);
    const pdf = await report.printedPdf();
    let previous = -1;
    for (const section of template.sections) {
      const at = pdf.text.indexOf(section.heading, previous + 1);
      expect(at, `${template.id}: "${section.heading}" after the one before`).toBeGreaterThan(
        previous,
      );
      previous = at;
    }
    if (template.pageXOfY) expect(pdf.text).toContain(`Page 1 of ${pdf.pageCount}`);
    if (template.units === 'mm') {
      expect(pdf.text).toContain('Lengths in millimetres');
      expect(pdf.text).toMatch(/\d mm/);
    }
    if (template.units === 'in') expect(pdf.text).toContain('Lengths in inches');
    if (!template.clinicalDetail) expect(pdf.text).not.toContain('Severity');
    expect(pdf.text).not.toContain('Still needed');
    await page.getByRole('link', { name: 'Back' }).click();
    await report.waitUntilReady();
  }
});

test('a template lists what it still needs, records each in place, and prints the letterhead', async ({
  browser,
  request,
}) => {
  const visit = await seedVisit(request);
  const page = await syncedPage(browser, { width: 810, height: 1080 });
  await page.goto('/settings');
  const letterhead = page.getByRole('form', { name: 'Report letterhead' });
  await letterhead.getByLabel('Organization name').fill('Riverside Community OT');
  await letterhead.getByLabel('Address').fill('12 Mill Lane, Riverside');
  await letterhead.getByRole('button', { name: 'Save letterhead' }).click();
  await expect(letterhead.getByText('Letterhead saved')).toBeVisible();

  await page.goto(
    `/review/${encodeURIComponent(visit.assessmentId)}/report/ndis-minor-home-modifications`,
  );
  const report = new ReportPage(page);
  await report.waitUntilReady();
  const needed = page.getByRole('region', { name: /Still needed for/ });
  await expect(needed.getByText('Home ownership not recorded')).toBeVisible();
  await expect(needed.getByText("Owner's consent not recorded")).toBeVisible();

  await needed.getByLabel('Who owns the home').selectOption({ label: 'Privately rented' });
  await expect(needed.getByText('Home ownership not recorded')).toBeHidden();
  await needed
    .getByLabel("Owner's consent to the works")
    .selectOption({ label: 'Given in writing' });
  await expect(needed.getByText("Owner's consent not recorded")).toBeHidden();
  await needed
    .getByRole('textbox', { name: 'Participant or reference number' })
    .fill('431 234 567');
  await needed.getByRole('button', { name: 'Save participant or reference number' }).click();
  await expect(needed.getByText('Participant or reference number not recorded')).toBeHidden();

  await page.reload();
  await report.waitUntilReady();
  await expect(report.report.getByText('Given in writing')).toBeVisible();
  await expect(report.report.getByText('431 234 567')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('ndis-minor-810.png'), fullPage: true });

  const pdf = await report.printedPdf();
  expect(pdf.text).toContain('Riverside Community OT');
  expect(pdf.text).toContain('12 Mill Lane, Riverside');
  expect(pdf.text).toContain('Privately rented');

  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(810);
});

test("what the visit and the client's profile record about funding and the home fills the template", async ({
  browser,
  request,
}) => {
  const visit = await seedVisit(request);
  const page = await syncedPage(browser, { width: 810, height: 1080 });
  await page.goto(`/clients/${visit.clientId}`);
  const funding = page.getByRole('region', { name: 'Funding and home' });
  await funding.getByLabel('Who owns the home').selectOption({ label: 'Social or public housing' });
  await funding.getByLabel("Owner's name").fill('Riverside Housing');
  await page.goto(`/visits/${visit.assessmentId}`);
  const property = page.getByRole('region', { name: 'Property and consent to works' });
  await property
    .getByLabel("Owner's consent to the works")
    .selectOption({ label: 'Given verbally' });
  await property.getByLabel('Frame').selectOption({ label: 'Timber' });
  await property.getByLabel('Walls').selectOption({ label: 'Brick veneer' });
  await property.getByLabel('Floors').selectOption({ label: 'Concrete slab' });

  await page.goto(
    `/review/${encodeURIComponent(visit.assessmentId)}/report/enablensw-home-modifications`,
  );
  const report = new ReportPage(page);
  await report.waitUntilReady();
  const needed = page.getByRole('region', { name: /Still needed for/ });
  await expect(needed.getByText('Home ownership not recorded')).toBeHidden();
  await expect(needed.getByText("Owner's consent not recorded")).toBeHidden();
  await expect(needed.getByText(/Property construction/)).toBeHidden();
  await expect(report.report.getByText('Social or public housing')).toBeVisible();
  await expect(report.report.getByText('Riverside Housing')).toBeVisible();
  await expect(
    report.report.getByText('Timber frame, Brick veneer walls, Concrete slab floors'),
  ).toBeVisible();
});

test("a recommendation's details for funders and builders print in the builder's scope of works", async ({
  browser,
  request,
}) => {
  const visit = await seedVisit(request);
  const page = await syncedPage(browser, { width: 810, height: 1080 });
  const bathroom = visit.rooms.find((room) => room.name === 'Bathroom');
  await page.goto(
    `/visits/${visit.assessmentId}/rooms/${bathroom?.id}?item=home.bath.grab-bar-toilet`,
  );
  const card = page.getByRole('listitem', { name: 'Grab bar beside the toilet' });
  await card.getByText('Details for funders and builders').click();
  await card.getByLabel('How often it will be used').selectOption({ label: 'Daily' });
  await card.getByRole('textbox', { name: 'Where it goes' }).fill('Left wall beside the toilet');
  await card.getByRole('textbox', { name: /^Length/ }).fill('900');
  await card.getByRole('textbox', { name: /^Height from the finished floor/ }).fill('850');

  await page.goto(
    `/review/${encodeURIComponent(visit.assessmentId)}/report/builder-scope-of-works`,
  );
  const report = new ReportPage(page);
  await report.waitUntilReady();
  const row = report.report.getByRole('row', { name: /Grab bar beside the toilet/ });
  await expect(row).toContainText('Left wall beside the toilet');
  await expect(row).toContainText(/Length .*from the finished floor/);
  await expect(
    page.getByText('Grab bar beside the toilet: where it goes in the room'),
  ).toBeHidden();
});
