// Add room adds the area the therapist chose, and nothing before one is chosen.
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test('Add room waits for an area and adds the one chosen', async ({ page, request }) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  const rooms = visit.rooms().getByRole('listitem');
  await expect(rooms).toHaveCount(4);
  const area = page.getByLabel('Area of the checklist');
  await expect(area).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Add room' })).toBeDisabled();

  await area.selectOption({ label: 'Laundry (8 items)' });
  await page.getByRole('button', { name: 'Add room' }).click();
  await expect(rooms).toHaveCount(5);
  await expect(visit.rooms().getByRole('listitem', { name: 'Laundry', exact: true })).toBeVisible();
  await expect(area).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Add room' })).toBeDisabled();
});
