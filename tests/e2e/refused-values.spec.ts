// Every number a person types is saved as typed or refused at once, beside the field, and the
// field never shows a value it did not save: ratings out of 1 to 10, a negative count of falls,
// costs that are not amounts; cost ranges typed in one field, and per-foot catalogue prices.
import { expect, type Locator, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const GRAB_BAR = /^Is there a firm grab bar or frame beside the toilet/;

/** Types into a field and expects the refusal beside it; leaving the field shows what is saved. */
async function expectRefused(field: Locator, typed: string, message: string, saved: string) {
  await field.fill(typed);
  await expect(field).toHaveAccessibleDescription(new RegExp(`${message}.*It stays|${message}`));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.blur();
  await expect(field).toHaveValue(saved);
}

test.beforeEach(async ({ page, request }) => {
  await ensureOrganization(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
});

test('a goal rating out of 1 to 10 is refused at once and never shown as saved', async ({
  page,
  request,
}) => {
  const seeded = await seedVisit(request);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  const goal = page.getByRole('listitem', { name: 'Goal 1' });
  const performance = goal.getByLabel('Performance (1–10)');
  await expect(performance).toHaveValue('3');
  for (const typed of ['11', '0', '7.5', 'seven']) {
    await expectRefused(performance, typed, 'is not saved: a rating is a whole number', '3');
  }
  await performance.fill('8');
  await expect(performance).toHaveAttribute('aria-invalid', 'false');
  await page.reload();
  await expect(performance).toHaveValue('8');
});

test('a negative count of falls is refused on the client profile', async ({ page }) => {
  const clients = new ClientsPage(page);
  await clients.open();
  await clients.addClient('Harold Finch');
  const falls = page
    .getByRole('region', { name: 'Falls' })
    .getByLabel('Falls in the last 12 months');
  await expectRefused(falls, '-1', 'is not saved: the count is a whole number', '');
  await falls.fill('2');
  await falls.blur();
  await expect(falls).toHaveValue('2');
});

test('costs: a range typed in one field is read as from and to, and words are refused', async ({
  page,
  request,
}) => {
  const seeded = await seedVisit(request);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.openRoom('Bathroom');
  await visit.openItem(GRAB_BAR);
  const grabBar = page.getByRole('listitem', { name: 'Grab bar beside the toilet' });
  const costFrom = grabBar.getByLabel(/^Cost from/);
  const costTo = grabBar.getByLabel(/^Cost to/);
  await costTo.fill('150-300');
  await costTo.blur();
  await expect(costFrom).toHaveValue('150');
  await expect(costTo).toHaveValue('300');
  await costFrom.fill('$120 to $280');
  await costFrom.blur();
  await expect(costFrom).toHaveValue('120');
  await expect(costTo).toHaveValue('280');
  await expectRefused(costTo, 'about fifty', 'is not saved: write an amount', '280');
  await expectRefused(costFrom, '500', 'is not saved: it is more than the cost to', '120');

  await page.getByLabel('Search the catalogue').fill('modular aluminium ramp');
  await page.getByRole('button', { name: 'Add Modular aluminium ramp' }).click();
  const ramp = page.getByRole('listitem', { name: 'Modular aluminium ramp' });
  const quantity = ramp.getByLabel('Quantity (linear feet)');
  await expect(ramp.getByLabel(/^Cost from/)).toHaveValue('');
  await expect(quantity).toHaveAccessibleDescription(/per linear foot/);
  await expectRefused(quantity, 'twelve', 'is not saved: the quantity is a number', '');
  await quantity.fill('12');
  await quantity.blur();
  await expect(ramp.getByLabel(/^Cost from/)).toHaveValue('1800');
  await expect(ramp.getByLabel(/^Cost to/)).toHaveValue('2400');
});
