// A client at high fall risk: the STEADI questions on the profile raise a rug barrier to high
// priority with the reason on the item, and the visit's scores show on the summary and reports.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';

const SCREENSHOTS = 'test-results/screenshots';
const SIZES = [
  { name: '810x1080', width: 810, height: 1080 },
  { name: '1440x900', width: 1440, height: 900 },
];
const RUGS = /^Are there loose rugs, curled edges or low furniture to trip over/;
const RAISED =
  'Raised: client at high fall risk; home hazard reduction works best in high-risk groups (Cochrane 2023, rate ratio 0.62).';

/** Saves the page and one part of it at the tablet and desktop sizes, then restores the tablet. */
async function screenshots(page: Page, name: string, part: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expect(part).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${size.name}.png`, fullPage: true });
    await part.screenshot({ path: `${SCREENSHOTS}/${name}-part-${size.name}.png` });
  }
  await page.setViewportSize({ width: 810, height: 1080 });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

async function screenHighRisk(page: Page, name: string): Promise<void> {
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient(name);
  await clients.field('Mobility device').selectOption({ label: 'Rollator' });
  const falls = page.getByRole('region', { name: 'Falls' });
  await falls.getByLabel('Has the client fallen in the past year?').selectOption('Yes');
  await falls.getByLabel('Does the client worry about falling?').selectOption('Yes');
  await falls.getByLabel('Falls in the last 12 months').fill('2');
  await expect(falls.getByRole('status', { name: 'Fall risk' })).toContainText(
    'Fall risk: High Screened at risk, with 2 falls in the past year.',
  );
  const function_ = page.getByRole('region', { name: 'Function' });
  // The box shows the saved record, so click and wait for it to read back ticked.
  await function_.getByRole('checkbox', { name: 'Poor balance or unsteady on their feet' }).click();
  await expect(
    function_.getByRole('checkbox', { name: 'Poor balance or unsteady on their feet' }),
  ).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshots(page, 'fall-risk-profile', falls);
}

test('a high-fall-risk client has a rug barrier raised to high priority, and scores on the summary and reports', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await ensureOrganization(request);
  await page.setViewportSize({ width: 810, height: 1080 });
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  const name = `Mrs Adeyemi ${Date.now()}`;
  await screenHighRisk(page, name);

  const visit = new VisitPage(page);
  await visit.start(name);
  await visit.addRoom('Living room (10 items)', 'Living room');
  await visit.openRoom('Living room');
  await visit.openItem(RUGS);
  await visit.answer('Barrier').click();
  await expect(page.getByLabel('Severity')).toHaveValue('high');
  await expect(page.getByText(RAISED)).toBeVisible();
  const recommendations = page.getByRole('region', { name: 'Recommendations' });
  await recommendations.getByRole('button', { name: /^Add / }).first().click();
  const recommended = recommendations.getByRole('list', { name: 'Recommended for this barrier' });
  await expect(recommended.getByLabel('Priority')).toHaveValue('high');
  await expectNoAxeViolations(page);
  await screenshots(page, 'fall-risk-item', page.getByRole('article'));

  // Lowering the severity by hand takes the reason away.
  await page.getByLabel('Severity').selectOption('Medium');
  await expect(page.getByText(RAISED)).toBeHidden();
  await page.getByLabel('Severity').selectOption('High');

  await visit.backToVisit();
  await page.getByRole('link', { name: 'Summary' }).click();
  const scores = page.getByRole('region', { name: 'Scores', exact: true });
  const table = scores.getByRole('table', { name: 'Scores at baseline and this visit' });
  await expect(table.getByRole('row', { name: /HOME FAST hazards/ })).toContainText(
    '1 of 25 (1 answered)',
  );
  await expect(table.getByRole('row', { name: /CDC STEADI areas/ })).toContainText('Floors (1)');
  // High severity (3) once for balance and once for the rollator: 6.
  await expect(table.getByRole('row', { name: /Person-environment fit/ })).toContainText(
    '6 from 1 barrier',
  );
  await expectNoAxeViolations(page);
  await screenshots(page, 'fall-risk-summary', scores);

  await page.getByRole('link', { name: 'Clinical report' }).click();
  for (const variant of ['clinical', 'plain'] as const) {
    if (variant === 'plain') {
      await page
        .getByRole('navigation', { name: 'Report variant' })
        .getByRole('link', { name: 'Plain-language report' })
        .click();
    }
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled();
    const reportScores = page
      .getByRole('article')
      .getByRole('region', { name: 'Scores', exact: true });
    await expect(reportScores).toContainText('1 of 25 (1 answered)');
    await expect(reportScores).toContainText('6 from 1 barrier');
    await screenshots(page, `fall-risk-report-${variant}`, reportScores);
  }
});
