// An admin requires an app lock on every device: a device without one opens no records, only
// Settings → App lock and sign-out, until a lock is set; the setting reaches other devices by sync.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { AdminPage } from './pages/admin-page';
import { AppLockPage } from './pages/app-lock-page';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';

const REQUIRE = 'Require an app lock on every device';
const ADMIN_PASSPHRASE = 'kettle 4 lantern';
const CLIENT_NAME = `Client made before the rule ${Date.now()}`;

async function signedInDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  return page;
}

/** The organization's other tests run without the requirement: the admin turns it off again. */
async function stopRequiring(page: Page): Promise<void> {
  const appLock = new AppLockPage(page);
  const turnOn = appLock.panel.getByRole('button', { name: 'Turn on app lock' });
  if (await turnOn.isVisible()) await appLock.turnOn(ADMIN_PASSPHRASE);
  await new AdminPage(page).panel.getByRole('checkbox', { name: REQUIRE }).uncheck();
  await new SyncPage(page).syncNow();
}

test('a required app lock keeps records closed on a device without one, which still syncs', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const adminDevice = await signedInDevice(browser);
  const admin = new AdminPage(adminDevice);
  await admin.open();
  // Clicked, not checked: the panel goes away at once, since this device has no lock yet.
  await admin.panel.getByRole('checkbox', { name: REQUIRE }).click();
  try {
    // This device has no lock either: Settings now offers only the lock and the account.
    await expect(
      adminDevice.getByRole('heading', { name: 'Your organization requires an app lock' }),
    ).toBeVisible();
    await expect(admin.panel).toHaveCount(0);
    await expect(adminDevice.getByRole('group', { name: 'Units of measurement' })).toHaveCount(0);
    await expect(adminDevice.getByRole('region', { name: 'Account' })).toBeVisible();

    // The other device made a change before it signed in; the requirement arrives with its first
    // sync, which still sends that change.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const otherDevice = await context.newPage();
    const shell = new ShellPage(otherDevice);
    await shell.open('/');
    const clients = new ClientsPage(otherDevice);
    await clients.open();
    await clients.addClient(CLIENT_NAME);
    await new SettingsPage(otherDevice).signIn(THERAPIST.email, THERAPIST.password);
    await shell.navigation.getByRole('link', { name: 'Visits' }).click();
    await expect(shell.heading('Set an app lock to go on')).toBeVisible();
    await expect(
      otherDevice.getByText('changes already made on this device keep syncing'),
    ).toBeVisible();
    await expect(new SyncPage(otherDevice).badge).toHaveAccessibleName(/^Sync status: Synced/);
    await shell.navigation.getByRole('link', { name: 'Clients' }).click();
    await expect(shell.heading('Set an app lock to go on')).toBeVisible();
    await expect(otherDevice.getByText(CLIENT_NAME)).toHaveCount(0);
    const results = await new AxeBuilder({ page: otherDevice }).analyze();
    expect(results.violations).toEqual([]);

    await otherDevice.getByRole('link', { name: 'Set the app lock in Settings' }).click();
    const otherLock = new AppLockPage(otherDevice);
    await otherLock.turnOn('tram cactus vinegar');
    await clients.open();
    await expect(otherDevice.getByText(CLIENT_NAME)).toBeVisible();
    await context.close();

    await new AppLockPage(adminDevice).turnOn(ADMIN_PASSPHRASE);
    await expect(admin.panel.getByRole('checkbox', { name: REQUIRE })).toBeChecked();
    await new SyncPage(adminDevice).syncNow();
    await new ClientsPage(adminDevice).open();
    await expect(adminDevice.getByText(CLIENT_NAME)).toBeVisible();
    await new ShellPage(adminDevice).goTo('Settings');
  } finally {
    await stopRequiring(adminDevice);
  }
});
