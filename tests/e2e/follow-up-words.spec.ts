// A follow-up asks of each recommendation what fits its kind (advice is followed, a modification
// installed and used), and records the client's consent to the follow-up visit itself.
import { expect, test } from '@playwright/test';
import { FollowUpPage } from './pages/follow-up-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test('outcome choices fit advice and modifications, and the follow-up records consent', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  const followUp = new FollowUpPage(page);
  await visit.open(seeded.clientName);
  await followUp.startFrom(seeded.clientName);

  const outcomes = followUp.outcomesPanel();
  const advice = outcomes.getByRole('group', { name: 'Remove loose rugs around the bed' });
  for (const choice of ['Followed', 'Tried, not kept up', 'Not followed']) {
    await expect(advice.getByRole('radio', { name: choice, exact: true })).toBeVisible();
  }
  await expect(advice.getByRole('radio', { name: /Installed/ })).toHaveCount(0);
  await followUp.recordOutcome(outcomes, 'Remove loose rugs around the bed', 'Followed');
  const ramp = outcomes.getByRole('group', { name: 'Threshold ramp' });
  await expect(ramp.getByRole('radio', { name: 'Installed and used' })).toBeVisible();

  const consent = page.getByRole('checkbox', { name: /consented to this visit/ });
  await expect(consent).not.toBeChecked();
  await consent.check();
  await page.reload();
  await expect(consent).toBeChecked();
  await expect(
    outcomes.getByRole('group', { name: 'Remove loose rugs around the bed' }).getByRole('radio', {
      name: 'Followed',
      exact: true,
    }),
  ).toBeChecked();
});
