// A value the record cannot hold is refused on the device, before it is queued for the server, and
// the person is told at once what was not saved and why; the saved value stays as it was.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test('a goal rating of 11 is not saved, and the app says so in words', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request, { clientName: `Eleanor Park ${Date.now()}` });
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.addGoal('Getting into the shower', 'Getting in and out', 4, 3);
  const goal = page.getByRole('listitem', { name: /^Goal / }).last();
  await goal.getByLabel('Performance (1–10)').fill('11');

  const notice = page.getByRole('alert', { name: 'Not saved' });
  await expect(notice).toHaveText(
    /^Goal: not saved\. The performance baseline is 11; it must be 1 to 10\.Dismiss$/,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(
    page
      .getByRole('listitem', { name: /^Goal / })
      .last()
      .getByLabel('Performance (1–10)'),
  ).toHaveValue('4');
});
