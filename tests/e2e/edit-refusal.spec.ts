// A value the record cannot hold is refused on the device, before it is queued for the server, and
// the person is told at once, beside the field, what was not saved and why; the saved value stays.
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
  const performance = goal.getByLabel('Performance (1–10)');
  await performance.fill('11');

  // The field refuses it at once, beside itself, before any edit is made.
  await expect(performance).toHaveAccessibleDescription(
    '11 is not saved: a rating is a whole number from 1 to 10. It stays 4.',
  );
  await expect(performance).toHaveAttribute('aria-invalid', 'true');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await performance.blur();
  await expect(performance).toHaveValue('4');
  await page.reload();
  await expect(
    page
      .getByRole('listitem', { name: /^Goal / })
      .last()
      .getByLabel('Performance (1–10)'),
  ).toHaveValue('4');
});
