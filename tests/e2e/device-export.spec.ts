// The rescue file of everything on a device: encrypted with a passphrase, brought back on another.
import { readFile } from 'node:fs/promises';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

async function signedInDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  return page;
}

function deviceData(page: Page) {
  return page.getByRole('region', { name: 'Data on this device' });
}

test('exports the device to an encrypted file that only its passphrase opens', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  const tablet = await signedInDevice(browser);
  const sync = new SyncPage(tablet);
  await sync.syncNow();
  const panel = deviceData(tablet);
  await panel.getByRole('button', { name: 'Export all data' }).click();
  await expect(
    panel.getByRole('alert').filter({ hasText: /Choose a passphrase for the file first/ }),
  ).toBeVisible();
  await panel.getByLabel('File passphrase').fill('kettle 7');
  await panel.getByRole('button', { name: 'Export all data' }).click();
  await expect(
    panel.getByRole('alert').filter({ hasText: /Use at least 15 characters; this one has 8/ }),
  ).toBeVisible();
  await panel.getByLabel('File passphrase').fill('blue kettle seven harbour');
  const downloading = tablet.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export all data' }).click();
  const file = await (await downloading).path();
  await expect(
    panel.getByRole('status').filter({ hasText: /encrypted with the file passphrase/ }),
  ).toBeVisible();
  const text = await readFile(file, 'utf8');
  expect(text).toContain('homeassess-sealed-file');
  expect(text).not.toContain(seeded.clientName);
  expect(text).not.toContain('towel rail');

  const desktop = await signedInDevice(browser);
  await new SyncPage(desktop).open();
  const importer = deviceData(desktop);
  await importer.getByLabel('Import a file').setInputFiles(file);
  await expect(
    importer.getByRole('alert').filter({ hasText: /This file is encrypted/ }),
  ).toBeVisible();
  await importer.getByLabel('File passphrase').fill('blue kettle eight harbour');
  await importer.getByLabel('Import a file').setInputFiles(file);
  await expect(
    importer
      .getByRole('alert')
      .filter({ hasText: /does not open this file. Nothing was imported/ }),
  ).toBeVisible();
  await importer.getByLabel('File passphrase').fill('blue kettle seven harbour');
  await importer.getByLabel('Import a file').setInputFiles(file);
  await expect(
    importer.getByRole('status').filter({ hasText: /^Imported \d+ records/ }),
  ).toBeVisible();
});
