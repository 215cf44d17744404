// An admin adds a reviewer, disables them (their session ends), resets a password, changes a role
// and reads the audit log, filtered.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { AdminPage } from './pages/admin-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';

async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(email, password);
  return page;
}

test('an admin adds a reviewer, disables them, resets a password, changes a role and reads the audit log', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const stamp = Date.now();
  const reviewer = {
    name: `Rita Reviewer ${stamp}`,
    email: `rita-${stamp}@riverside.example`,
    role: 'reviewer' as const,
    password: 'reviewer password one',
  };

  const adminPage = await signedInPage(browser, THERAPIST.email, THERAPIST.password);
  const admin = new AdminPage(adminPage);
  await admin.open();
  await admin.addUser(reviewer);
  await expect(admin.user(reviewer.name)).toContainText(reviewer.email);

  const reviewerPage = await signedInPage(browser, reviewer.email, reviewer.password);
  await expect(reviewerPage.getByRole('region', { name: 'Admin' })).toHaveCount(0);

  await admin.disable(reviewer.name);
  await expect(admin.user(reviewer.name)).toContainText('Disabled');

  const reviewerSync = new SyncPage(reviewerPage);
  await reviewerSync.open();
  await reviewerPage.getByRole('button', { name: 'Sync now' }).click();
  await expect(reviewerSync.badge).toHaveAccessibleName(/Sign in/);
  const login = await reviewerPage.request.post('/api/v1/auth/login', {
    data: { email: reviewer.email, password: reviewer.password },
  });
  expect(login.status()).toBe(401);

  await admin.resetPassword(reviewer.name, 'reviewer password two');
  await admin.setRole(reviewer.name, 'therapist');

  const rows = admin.auditRows();
  await expect(rows.filter({ hasText: 'user_created' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'user_disabled' }).first()).toBeVisible();
  const loginCell = adminPage.getByRole('cell', { name: 'login', exact: true });
  await expect(rows.filter({ hasText: reviewer.name }).filter({ has: loginCell })).toHaveCount(1);
  await admin.filterAction('user_disabled');
  await expect(rows.filter({ hasText: 'user_created' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'user_disabled' }).first()).toBeVisible();

  const scan = await new AxeBuilder({ page: adminPage }).analyze();
  expect(scan.violations).toEqual([]);
});

test('without a connection the Admin panel says that managing users needs one', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const page = await signedInPage(browser, THERAPIST.email, THERAPIST.password);
  const admin = new AdminPage(page);
  await admin.open();
  await new ShellPage(page).waitForServiceWorkerControl();
  await page.context().setOffline(true);
  await page.reload();
  await expect(admin.panel).toContainText('Managing users needs a connection.');
  await expect(admin.panel.getByRole('list', { name: 'Users' })).toHaveCount(0);
  // The organization's device security is a synced setting, so it can be changed offline too.
  await expect(
    admin.panel.getByRole('checkbox', { name: 'Require an app lock on every device' }),
  ).toBeEnabled();
});
