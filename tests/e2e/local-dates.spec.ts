// Dates are the therapist's own calendar dates: at a moment when the UTC date is another day, a new
// visit, a follow-up and the report all carry the local date, and the date stays correctable.
import { expect, type Page, test } from '@playwright/test';
import { FollowUpPage } from './pages/follow-up-page';
import { ReportPage } from './pages/report-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

interface Zone {
  timezoneId: string;
  /** A moment whose UTC date differs from the zone's own. */
  moment: string;
  localDate: string;
  localDateWords: string;
}

const ZONES: Zone[] = [
  // 09:30 on 3 March in Sydney; still 2 March in UTC.
  {
    timezoneId: 'Australia/Sydney',
    moment: '2026-03-02T22:30:00Z',
    localDate: '2026-03-03',
    localDateWords: 'March 3, 2026',
  },
  // 20:30 on 2 March in Los Angeles; already 3 March in UTC.
  {
    timezoneId: 'America/Los_Angeles',
    moment: '2026-03-03T04:30:00Z',
    localDate: '2026-03-02',
    localDateWords: 'March 2, 2026',
  },
];

function visitIdOf(page: Page): string {
  const id = /\/visits\/([^/?]+)/.exec(page.url())?.[1];
  if (id === undefined) throw new Error(`Not on a visit: ${page.url()}`);
  return id;
}

for (const zone of ZONES) {
  test.describe(`in ${zone.timezoneId}`, () => {
    test.use({ timezoneId: zone.timezoneId });

    test('a new visit, its follow-up and the report carry the local date', async ({
      page,
      request,
    }) => {
      await ensureOrganization(request);
      const seeded = await seedVisit(request, { date: '2026-02-16' });
      await page.clock.setFixedTime(new Date(zone.moment));
      await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
      await new SyncPage(page).syncNow();
      const visit = new VisitPage(page);

      const dateField = page.getByLabel('Date of the visit');
      await visit.open(seeded.clientName);
      await new FollowUpPage(page).startFrom(seeded.clientName);
      await expect(dateField).toHaveValue(zone.localDate);
      const followUpId = visitIdOf(page);
      const report = new ReportPage(page);
      await report.open(followUpId, 'clinical');
      await expect(report.report.getByText(zone.localDateWords)).toBeVisible();

      await page.goto('/visits');
      await visit.fillNewVisit(seeded.clientName);
      await expect(page.getByLabel('Date', { exact: true })).toHaveValue(zone.localDate);
      await visit.submitNewVisit(seeded.clientName);
      await expect(dateField).toHaveValue(zone.localDate);
    });
  });
}

test('the visit date and type can be corrected before sign-off, and a cleared date is refused', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request, { date: '2026-02-16' });
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  const dateField = page.getByLabel('Date of the visit');
  await expect(dateField).toHaveValue('2026-02-16');
  await dateField.fill('2026-02-17');
  await page.getByLabel('Type of visit').selectOption({ label: 'Follow-up' });
  await page.reload();
  await expect(dateField).toHaveValue('2026-02-17');
  await expect(page.getByLabel('Type of visit')).toHaveValue('follow-up');

  await dateField.fill('');
  await expect(page.getByRole('alert')).toContainText('Not saved: a visit needs a date');
  await expect(dateField).toHaveValue('2026-02-17');
});
