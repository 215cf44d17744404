// The app lock on a tablet that may be lost: with a passphrase set, the browser's storage holds
// no client name, note or photo in clear, and only the right passphrase opens the app again.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppLockPage } from './pages/app-lock-page';
import { ClientsPage } from './pages/clients-page';
import { ShellPage } from './pages/shell-page';
import { TINY_PNG } from './support/accounts';
import { dumpDeviceDatabase } from './support/device-database';

const CLIENT_NAME = 'Secret Client Zebra';
const NOTE = 'Confidential note text';
const PASSPHRASE = 'kettle 4 lantern';

/** The photo's bytes as the device stored them in clear (after resizing), from a dump. */
function storedPhotoBase64(dump: string): string {
  const blobs = (JSON.parse(dump) as { blobs: { values: { data: { bytes?: string } }[] } }).blobs;
  return blobs.values[0]?.data.bytes?.replace('base64:', '') ?? '';
}

test('with the app lock on, storage holds nothing in clear and only the passphrase unlocks', async ({
  page,
}) => {
  const shell = new ShellPage(page);
  const clients = new ClientsPage(page);
  const appLock = new AppLockPage(page);
  await shell.open('/');
  await clients.open();
  await clients.addClient(CLIENT_NAME);
  await clients.field('Notes').fill(NOTE);
  await clients.addPhoto({ name: 'front-step.png', mimeType: 'image/png', buffer: TINY_PNG });
  await expect(clients.photos()).toHaveCount(1);
  await expect.poll(() => dumpDeviceDatabase(page)).toContain(NOTE);
  const photo = storedPhotoBase64(await dumpDeviceDatabase(page));
  expect(photo.length).toBeGreaterThan(100);

  await appLock.openSettings();
  await appLock.turnOn(PASSPHRASE);
  await appLock.lockNow();
  await expect(page.getByText(CLIENT_NAME)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await appLock.tryPassphrase('not the passphrase');
  await expect(appLock.refusal()).toContainText('That passphrase is not right');
  await expect(appLock.lockHeading).toBeVisible();

  const stored = await dumpDeviceDatabase(page);
  expect(stored).toContain('"kind":"encrypted"');
  expect(stored).not.toContain(CLIENT_NAME);
  expect(stored).not.toContain('Confidential');
  expect(stored).not.toContain(photo);
  expect(stored).not.toContain(TINY_PNG.toString('base64'));

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);

  await appLock.tryPassphrase(PASSPHRASE);
  await expect(appLock.panel).toBeVisible();
  await clients.open();
  await clients.openClient(CLIENT_NAME);
  await expect(clients.field('Notes')).toHaveValue(NOTE);
  await expect(clients.photos()).toHaveCount(1);
});

test('a forgotten passphrase with unsynced edits says what resetting costs and asks to confirm', async ({
  page,
}) => {
  const clients = new ClientsPage(page);
  const appLock = new AppLockPage(page);
  await new ShellPage(page).open('/');
  await clients.open();
  await clients.addClient('Unsynced Client Yak');
  await appLock.openSettings();
  await appLock.turnOn('tram cactus vinegar');
  await page.reload();
  await expect(appLock.lockHeading).toBeVisible();

  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'have not reached the server. Without the passphrase they cannot be read by anyone, including you; resetting deletes them.',
  );
  const reset = page.getByRole('button', { name: 'Delete unsynced changes and reset this device' });
  await expect(reset).toBeDisabled();
  await page.getByLabel('Type DELETE to delete them and reset this device').fill('DELETE');
  await reset.click();

  await clients.open();
  await expect(page.getByText('Unsynced Client Yak')).toHaveCount(0);
  await appLock.openSettings();
  await expect(appLock.panel.getByRole('button', { name: 'Turn on app lock' })).toBeVisible();
});
