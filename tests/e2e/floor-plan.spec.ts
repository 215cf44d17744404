// Place on plan waits for a tap on the plan and puts the pin where the therapist tapped.
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

test('Place on plan puts the pin where the plan is tapped', async ({ page, request }) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  await page.setViewportSize({ width: 810, height: 1080 });
  await page.goto(`/visits/${seeded.assessmentId}/plan`);
  const plan = page.getByRole('region', { name: /^Floor plan: drag a pin/ });
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();

  await page.getByRole('button', { name: 'Place Kitchen on plan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tap the plan where Kitchen is.' }),
  ).toBeVisible();
  await expect(plan).toBeInViewport();
  const box = await plan.boundingBox();
  if (box === null) throw new Error('The plan is not drawn');
  const tapAt = { x: box.x + box.width * 0.25, y: box.y + box.height * 0.3 };
  await page.mouse.click(tapAt.x, tapAt.y);

  const pin = plan.getByRole('button', { name: 'Kitchen', exact: true });
  await expect(pin).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place Kitchen on plan' })).toHaveCount(0);
  // The notice above the plan goes once the pin is placed, so compare places within the plan.
  const pinBox = await pin.boundingBox();
  const after = await plan.boundingBox();
  if (pinBox === null || after === null) throw new Error('The pin is not drawn');
  const centre = {
    x: pinBox.x + pinBox.width / 2 - after.x,
    y: pinBox.y + pinBox.height / 2 - after.y,
  };
  expect(Math.abs(centre.x - (tapAt.x - box.x))).toBeLessThan(30);
  expect(Math.abs(centre.y - (tapAt.y - box.y))).toBeLessThan(30);
});
