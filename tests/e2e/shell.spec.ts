// The installable shell: it works offline after the first visit, installs, and is accessible.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page';

test('opens with no network after the first visit', async ({ page, context }) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await expect(shell.heading('Visits')).toBeVisible();
  await shell.waitForServiceWorkerControl();
  await expect(shell.connectionStatus).toHaveText('Online');

  await context.setOffline(true);
  await page.reload();
  await expect(shell.heading('Visits')).toBeVisible();
  await expect(shell.connectionStatus).toContainText('Offline');
  await shell.goTo('Settings');
  await page.reload();
  await expect(shell.heading('Settings')).toBeVisible();

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(shell.connectionStatus).toHaveText('Online');
});

test('has a manifest that makes it installable', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(href ?? '')).json();
  expect(manifest.name).toContain('HomeAssess');
  expect(manifest.short_name).toBe('HomeAssess');
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of icons) {
    const response = await page.request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
});

test('moves between screens with the navigation and the back button', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await shell.goTo('Clients');
  await expect(page).toHaveURL(/\/clients$/);
  await shell.goTo('Review');
  await page.goBack();
  await expect(shell.heading('Clients')).toBeVisible();
  await expect(shell.navigation.getByRole('link', { name: 'Clients' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('keeps the chosen units on this device across a reload', async ({ page }) => {
  const shell = new ShellPage(page);
  await shell.open('/settings');
  await page.getByRole('radio', { name: /Imperial/ }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: /Imperial/ })).toBeChecked();
});

for (const screen of ['Visits', 'Clients', 'Review', 'Settings'] as const) {
  test(`the ${screen} screen has no accessibility violations`, async ({ page }) => {
    const shell = new ShellPage(page);
    await shell.open(`/${screen.toLowerCase()}`);
    await expect(shell.heading(screen)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
