// A child's date of birth on the profile chooses the age band the children's figures judge by.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';

const SCREENSHOTS = 'test-results/screenshots';
const TOILET = /^Can the child sit safely on the toilet with feet supported/;

test("a 10-year-old's toilet seat is judged by the 9 to 12 figures chosen from the date of birth", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await ensureOrganization(request);
  await page.setViewportSize({ width: 810, height: 1080 });
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await page.getByRole('radio', { name: /Imperial/ }).check();
  const name = `Ava Child ${Date.now()}`;
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient(name);
  await clients.field('Age group').selectOption({ label: 'Child' });
  await clients.field('Date of birth').fill('2016-03-01');
  const age = page.getByRole('status', { name: 'Age' });
  await expect(age).toContainText('Age 10');
  await expect(age).toContainText('figures for 9 to 12 years');
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [width, height] of [
    [810, 1080],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page
      .getByRole('region', { name: 'Profile' })
      .screenshot({ path: `${SCREENSHOTS}/child-age-profile-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 810, height: 1080 });

  const visit = new VisitPage(page);
  await visit.start(name);
  await visit.addRoom('Bathing (8 items)', 'Bathing');
  await visit.openRoom('Bathing');
  await visit.openItem(TOILET);
  await expect(page.getByLabel("Child's age")).toHaveValue('ages-9-12');
  await page.getByLabel('Toilet seat height (inches)').fill('16');
  await expect(page.getByText(/^Pass: Toilet seat height 16"/)).toBeVisible();
  await expect(page.getByText(/Standard: 15" to 17"/)).toBeVisible();
  await page.getByLabel("Child's age").selectOption({ label: '5 to 8 years' });
  await expect(page.getByText(/^Fail: Toilet seat height 16"/)).toBeVisible();
});
