// A stolen, locked tablet gives nothing away: once the app lock is on, no file of the browser's
// profile holds the client's name, a note or a photo, and the token stored before no longer works.
import { rmSync } from 'node:fs';
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { AppLockPage } from './pages/app-lock-page';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { dumpDeviceDatabase } from './support/device-database';
import { findOnDisk, launchTablet, newProfileDirectory, noisePng } from './support/profile-disk';

const DOOR_ITEM = /Is the entrance door wide enough/;
const profiles: string[] = [];

test.afterEach(() => {
  for (const profile of profiles.splice(0)) rmSync(profile, { recursive: true, force: true });
});

/** A profile directory of the test's own, removed after the test. */
function profileOfThisTest(): string {
  const profile = newProfileDirectory();
  profiles.push(profile);
  return profile;
}

const PASSPHRASE = 'kettle 4 lantern';
const RENEWAL_NOTICE = /sign-in is renewed the next time it reaches the server/;

interface DeviceDump {
  meta: { keys: string[]; values: { value?: { token?: string } }[] };
  blobs: { values: { data: { bytes?: string } }[] };
}

/** The session token and the photo's bytes, as the device stored them in clear before the lock. */
async function clearSecrets(page: Page): Promise<{ token: string; photoRun: Buffer }> {
  const dump = JSON.parse(await dumpDeviceDatabase(page)) as DeviceDump;
  const token = dump.meta.values[dump.meta.keys.indexOf('auth.session')]?.value?.token ?? '';
  const photo = Buffer.from(
    dump.blobs.values[0]?.data.bytes?.replace('base64:', '') ?? '',
    'base64',
  );
  // 48 bytes from the middle of the JPEG: coded noise, not the encoder's fixed tables.
  const middle = Math.floor(photo.length / 2);
  return { token, photoRun: photo.subarray(middle, middle + 48) };
}

async function statusOfToken(request: APIRequestContext, token: string): Promise<number> {
  const me = await request.get('/api/v1/auth/me', {
    headers: { authorization: `Bearer ${token}` },
  });
  return me.status();
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** A visit of the client with a note and a photo on the entrance door, synced. */
async function recordVisit(page: Page, clientName: string, note: string): Promise<void> {
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient(clientName);
  const visit = new VisitPage(page);
  await visit.start(clientName);
  await visit.addRoom('Entrance (15 items)', 'Entrance');
  await visit.openRoom('Entrance');
  await visit.openItem(DOOR_ITEM);
  await visit.answer('Barrier').click();
  await page.getByLabel('Notes').fill(note);
  await page.getByLabel('Add photo').setInputFiles({
    name: 'front-door.png',
    mimeType: 'image/png',
    buffer: noisePng(96),
  });
  await expect(page.getByRole('img', { name: 'Photo' })).toHaveCount(1);
  await new SyncPage(page).syncNow();
}

test('with the lock on, the profile on disk holds no name, note or photo, and the old token is dead', async ({
  request,
}, info) => {
  test.setTimeout(240_000);
  await ensureOrganization(request);
  const stamp = Date.now();
  const clientName = `Ottoline Zweigart ${stamp}`;
  const note = `Loose handrail by the back step ${stamp}`;
  const profile = profileOfThisTest();

  let tablet = await launchTablet(info, profile);
  let page = await firstPage(tablet);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await recordVisit(page, clientName, note);
  const { token, photoRun } = await clearSecrets(page);
  expect(token.length).toBeGreaterThan(20);
  expect(photoRun.length).toBe(48);
  await tablet.close();
  const needles = { clientName, note, token, photo: photoRun };
  // The search finds them before the lock is on: it would see them after, were they still there.
  const before = findOnDisk(profile, needles);
  for (const found of Object.values(before)) expect(found.length).toBeGreaterThan(0);

  tablet = await launchTablet(info, profile);
  page = await firstPage(tablet);
  await new ShellPage(page).open('/');
  const appLock = new AppLockPage(page);
  await appLock.openSettings();
  await appLock.turnOn(PASSPHRASE);
  await expect.poll(() => statusOfToken(request, token)).toBe(401);
  await expect(appLock.panel.getByText(RENEWAL_NOTICE)).toHaveCount(0);
  await tablet.close();

  expect(findOnDisk(profile, needles)).toEqual({ clientName: [], note: [], token: [], photo: [] });
  expect(await statusOfToken(request, token)).toBe(401);

  // Nothing was lost, and the device goes on syncing with the token it was given in exchange.
  tablet = await launchTablet(info, profile);
  page = await firstPage(tablet);
  await page.goto('/');
  const unlocking = new AppLockPage(page);
  await unlocking.tryPassphrase(PASSPHRASE);
  await new VisitPage(page).open(clientName);
  await new SyncPage(page).syncNow();
  await tablet.close();
});

test('turned on offline, the lock renews the sign-in at the next connection and says so', async ({
  request,
}, info) => {
  test.setTimeout(180_000);
  await ensureOrganization(request);
  const profile = profileOfThisTest();
  const tablet = await launchTablet(info, profile);
  const page = await firstPage(tablet);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new ShellPage(page).waitForServiceWorkerControl();
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient(`Offline Client ${Date.now()}`);
  const { token } = await clearSecrets(page);

  await tablet.setOffline(true);
  const appLock = new AppLockPage(page);
  await appLock.openSettings();
  await appLock.turnOn(PASSPHRASE);
  await expect(appLock.panel.getByText(RENEWAL_NOTICE)).toBeVisible();
  const sync = new SyncPage(page);
  await sync.open();
  await expect(page.getByText(RENEWAL_NOTICE)).toBeVisible();
  expect(await statusOfToken(request, token)).toBe(200);

  await tablet.setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(RENEWAL_NOTICE)).toHaveCount(0);
  await expect(sync.badge).toHaveAccessibleName(/^Sync status: Synced/);
  expect(await statusOfToken(request, token)).toBe(401);
  await tablet.close();
});
