// The plain-language report states what was found, in the client's own pronouns, prints no cost
// for free advice and lets rooms follow one another on paper.
import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/report-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test('the plain report states the barriers in her pronouns, with no price for free advice', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  const firstName = seeded.clientName.split(' ')[0] ?? '';
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  await page.goto(`/clients/${seeded.clientId}`);
  const pronouns = page.getByLabel(/^Pronouns/);
  await pronouns.selectOption({ label: 'She, her' });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.goto(`/clients/${seeded.clientId}`);
  await expect(pronouns).toHaveValue('she');

  const report = new ReportPage(page);
  await report.open(seeded.assessmentId, 'plain');
  const findings = report.report.getByRole('region', { name: 'Bathroom' });
  await expect(
    findings.getByText('There is no firm grab bar or frame beside the toilet.'),
  ).toBeVisible();
  await expect(
    report.report
      .getByText(`The entrance door is not wide enough for ${firstName} and her device.`)
      .first(),
  ).toBeVisible();
  await expect(report.report.getByText(/^Is there a firm grab bar/)).toHaveCount(0);
  await expect(report.report.getByText(/\btheir\b/)).toHaveCount(0);

  const rugs = report.report
    .getByRole('listitem')
    .filter({ hasText: 'Remove loose rugs around the bed' });
  await expect(rugs).toBeVisible();
  await expect(rugs.getByText(/^Cost:/)).toHaveCount(0);

  const printed = await report.printedPdf();
  expect(printed.pageCount).toBeLessThanOrEqual(4);
});
