// The app lock against someone with the tablet's files: weak secrets are refused in words, waits
// survive a reload, and a PIN is accepted only with the device's screen lock (a WebAuthn PRF key).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { AppLockPage } from './pages/app-lock-page';
import { ShellPage } from './pages/shell-page';
import { openDeviceDatabase } from './support/device-database';

const PASSPHRASE = 'kettle 4 lantern';

/** The keyring as a thief with the disk reads it: plain meta, with byte arrays as hex. */
async function storedKeyring(page: Page): Promise<string> {
  const database = await openDeviceDatabase(page);
  try {
    return await database.evaluate(async (opened) => {
      const keyring = await new Promise<unknown>((resolve, reject) => {
        const request = opened.transaction('meta').objectStore('meta').get('security.keyring');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return JSON.stringify(keyring, (_key, value: unknown) => {
        if (!(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value)) return value;
        const bytes =
          value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
        return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
      });
    });
  } finally {
    await database.evaluate((opened) => opened.close());
  }
}

test('weak passphrases and a PIN alone are refused in words; the wait survives a reload', async ({
  page,
}) => {
  const appLock = new AppLockPage(page);
  await new ShellPage(page).open('/');
  await appLock.openSettings();
  await expect(appLock.panel.getByRole('radio')).toHaveCount(0);

  await appLock.submitNew('482913');
  await expect(appLock.refusal()).toContainText('A PIN alone is not allowed');
  await expect(appLock.refusal()).toContainText(
    'This device has no screen lock or fingerprint that HomeAssess can use with a PIN',
  );
  await appLock.submitNew('password password');
  await expect(appLock.refusal()).toContainText('easy to guess: it is mostly a common password');
  await appLock.submitNew('kettle lamp');
  await expect(appLock.refusal()).toContainText('Use at least 15 characters; this one has 11.');
  await appLock.turnOn(PASSPHRASE);
  expect(await storedKeyring(page)).toContain('"isCalibrated":true');

  await appLock.lockNow();
  for (const attempt of ['not it one', 'not it two', 'not it three'])
    await appLock.failPassphrase(attempt);
  await expect(appLock.waitNotice()).toContainText(/You can try again in \d seconds?\./);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  await appLock.failPassphrase('not it four');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  // The fifth failure asks for 8 seconds: time enough to reload and find the wait still there.
  await appLock.failPassphrase('not it five');
  await page.reload();
  await expect(appLock.lockHeading).toBeVisible();
  await expect(appLock.waitNotice()).toContainText('You can try again in');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);

  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 15_000 });
  await appLock.tryPassphrase(PASSPHRASE);
  await expect(appLock.panel).toBeVisible();
});

test("a PIN with the device's screen lock: the keyring needs the authenticator's key", async ({
  page,
  baseURL,
}) => {
  // WebAuthn refuses an IP address as its site, so this test opens the app as localhost.
  const address = new URL(baseURL ?? '');
  address.hostname = 'localhost';
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: true,
    },
  });
  const appLock = new AppLockPage(page);
  await new ShellPage(page).open(address.href);
  await appLock.openSettings();
  await appLock.chooseDevicePin();
  await expect(appLock.panel.getByText('At least 6 digits, without a pattern.')).toBeVisible();
  await appLock.submitNew('123456');
  await expect(appLock.refusal()).toContainText('This PIN is a pattern');
  await appLock.turnOn('482913');
  await expect(appLock.panel).toContainText("It unlocks with this device's screen lock");
  const keyring = await storedKeyring(page);
  expect(keyring).toContain('"device":{"credentialId"');
  expect(keyring).not.toContain('482913');

  await appLock.lockNow();
  await expect(page.getByText("then confirm with this device's screen lock")).toBeVisible();
  await appLock.tryPin('999999');
  await expect(appLock.refusal()).toHaveText('That PIN is not right. Try again.');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
  await appLock.tryPin('482913');
  await expect(appLock.panel).toBeVisible();
});
