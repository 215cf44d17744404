// Nothing is removed, and no follow-up started, on one tap: each asks first, in place, and can be
// kept. Sync now says why it cannot run while the device is offline.
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const DOOR = /^Is the entrance door wide enough/;

test('removals and a follow-up wait for a confirmed choice', async ({ page, request }) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);

  const goals = page.getByRole('listitem', { name: /^Goal / });
  await expect(goals).toHaveCount(2);
  await goals.first().getByRole('button', { name: 'Remove goal' }).click();
  const question = goals.first().getByRole('group', { name: /^Remove the goal/ });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep' }).click();
  await expect(goals).toHaveCount(2);
  await goals.first().getByRole('button', { name: 'Remove goal' }).click();
  await goals.first().getByRole('button', { name: 'Yes, remove' }).click();
  await expect(goals).toHaveCount(1);

  const kitchen = visit.rooms().getByRole('listitem', { name: 'Kitchen' });
  await kitchen.getByRole('button', { name: 'Remove Kitchen' }).click();
  await expect(kitchen.getByRole('group', { name: /^Remove the room Kitchen/ })).toBeVisible();
  await kitchen.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(visit.rooms().getByRole('listitem', { name: 'Kitchen' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Start follow-up visit' }).click();
  await expect(page.getByRole('group', { name: /^Start a follow-up of this visit/ })).toContainText(
    'still a draft',
  );
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Follow-up' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start follow-up visit' })).toBeVisible();

  await visit.openRoom('Front entrance');
  await visit.openItem(DOOR);
  const hinges = page.getByRole('listitem', { name: 'Offset (swing-clear) hinges' });
  await hinges.getByRole('button', { name: 'Remove Offset (swing-clear) hinges' }).click();
  await hinges.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('listitem', { name: 'Offset (swing-clear) hinges' })).toHaveCount(0);
});

test('Sync now is disabled offline and says why', async ({ page, request }) => {
  await ensureOrganization(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  const sync = new SyncPage(page);
  await sync.open();
  const syncNow = page.getByRole('button', { name: 'Sync now' });
  await expect(syncNow).toBeEnabled();
  await page.context().setOffline(true);
  await expect(syncNow).toBeDisabled();
  await expect(syncNow).toHaveAccessibleDescription(/^Offline: the server cannot be reached/);
  await page.context().setOffline(false);
  await expect(syncNow).toBeEnabled();
});
