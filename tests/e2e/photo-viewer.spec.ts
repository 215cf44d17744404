// A photo of an item opens large, takes a caption, can be retaken and, after a confirmation, deleted.
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit, solidPng } from './support/seed-visit';

const GRAB_BAR = /^Is there a firm grab bar or frame beside the toilet/;

test('a photo is enlarged, captioned, retaken and deleted', async ({ page, request }) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  await page.setViewportSize({ width: 810, height: 1080 });
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.openRoom('Bathroom');
  await visit.openItem(GRAB_BAR);

  await page.getByRole('button', { name: 'Open photo: Towel rail used as a grab bar' }).click();
  const viewer = page.getByRole('dialog', { name: 'Towel rail used as a grab bar' });
  await expect(viewer.getByRole('img', { name: 'Towel rail used as a grab bar' })).toBeVisible();
  const size = await viewer.getByRole('img').boundingBox();
  expect(size?.width ?? 0).toBeGreaterThan(400);
  await page.screenshot({ path: test.info().outputPath('photo-viewer-810.png') });

  await viewer.getByLabel('Caption').fill('Towel rail left of the toilet, loose');
  await expect(
    page.getByRole('dialog', { name: 'Towel rail left of the toilet, loose' }),
  ).toBeVisible();
  const renamed = page.getByRole('dialog', { name: 'Towel rail left of the toilet, loose' });
  await renamed.getByLabel('Retake').setInputFiles({
    name: 'retake.png',
    mimeType: 'image/png',
    buffer: solidPng(200, 150, [200, 40, 40]),
  });
  await expect(renamed.getByRole('img')).toBeVisible();
  await renamed.getByRole('button', { name: 'Close' }).click();
  await expect(renamed).toHaveCount(0);
  const thumbnail = page.getByRole('button', {
    name: 'Open photo: Towel rail left of the toilet, loose',
  });
  await expect(thumbnail).toBeVisible();
  await expect(page.getByRole('button', { name: /^Open photo/ })).toHaveCount(1);

  await thumbnail.click();
  await renamed.getByRole('button', { name: 'Delete photo' }).click();
  await renamed.getByRole('button', { name: 'Keep' }).click();
  await expect(renamed.getByRole('button', { name: 'Delete photo' })).toBeVisible();
  await renamed.getByRole('button', { name: 'Delete photo' }).click();
  await renamed.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Open photo/ })).toHaveCount(0);
});
