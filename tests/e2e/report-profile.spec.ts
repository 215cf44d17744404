// The clinical report carries the client's profile: falls, fall risk and the device with its width.
import { expect, test } from '@playwright/test';
import { ReportPage } from './pages/report-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test("the clinical report prints the client's falls, fall risk and device with its width", async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await page.getByRole('radio', { name: /Metric/ }).check();
  await new SyncPage(page).syncNow();
  const report = new ReportPage(page);
  await report.open(seeded.assessmentId, 'clinical');
  const details = report.report.getByRole('region', { name: 'Client and visit' });
  const fact = (term: string) =>
    details.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('Falls in the last 12 months')).toHaveText('2');
  await expect(fact('Fall risk')).toHaveText('High');
  await expect(fact('Mobility device')).toHaveText('Manual wheelchair, 660 mm wide');
  await expect(fact('Transfers')).toHaveText('Needs supervision');
});
