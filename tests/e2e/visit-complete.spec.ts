// Mark complete from the visit's own overview, which lists what is still unanswered room by room.
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test('a visit is marked complete from its overview, seeing what is unanswered', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);

  const completion = page.getByRole('region', { name: 'Complete the visit' });
  const unanswered = completion.getByRole('list', { name: 'Still unanswered' });
  await expect(unanswered.getByRole('listitem')).toHaveCount(4);
  await expect(unanswered.getByRole('listitem').first()).toHaveText(
    /^Front entrance: \d+ items not answered$/,
  );
  await unanswered.getByRole('link', { name: 'Kitchen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kitchen' })).toBeVisible();
  await expect(page.locator('#item-prompt')).not.toHaveText(/kitchen floor non-slip/);
  await visit.backToVisit();

  await completion.getByRole('button', { name: 'Mark complete' }).click();
  await expect(completion.getByText('Marked complete.')).toBeVisible();
  await expect(completion.getByRole('button', { name: 'Return to draft' })).toBeVisible();
});
