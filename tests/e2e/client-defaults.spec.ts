// Defaults follow the client: a floor barrier for a client who has fallen starts High, as the
// item's guidance says, and its recommendation starts at the barrier's priority.
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test("a barrier's severity and its recommendation's priority follow the client's falls", async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.openRoom('Kitchen');
  await visit.openItem(/^Is the kitchen floor non-slip/);
  await visit.answer('Barrier').click();
  const severity = page.getByLabel('Severity');
  await expect(severity).toHaveValue('high');
  await expect(
    page.getByText(/Suggested high for this client: 2 falls in the past year/),
  ).toBeVisible();
  await page
    .getByRole('list', { name: 'Suggested for this item' })
    .getByRole('button')
    .first()
    .click();
  const recommendations = page.getByRole('list', { name: 'Recommended for this barrier' });
  await expect(recommendations.getByLabel('Priority')).toHaveValue('high');
});
