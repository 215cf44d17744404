// Text that looks like HTML or script, typed into free-text fields, is shown as text and never runs.
import { expect, test } from '@playwright/test';
import { ClientsPage } from './pages/clients-page';
import { VisitPage } from './pages/visit-page';

const HOSTILE = `<img src=x onerror="window.__ran=1"><script>window.__ran=1</script>'; DROP TABLE records;--`;

test('script and markup in free text stay inert on every screen that shows them', async ({
  page,
}) => {
  await page.goto('/clients');
  const clients = new ClientsPage(page);
  const name = `Ms Harper ${HOSTILE}`;
  await clients.addClient(name);
  await clients.field('Address').fill(HOSTILE);
  await clients.field('Notes').fill(HOSTILE);

  const visit = new VisitPage(page);
  await visit.start(name);
  await visit.addGoal(HOSTILE, 'Cooking and meals', 4, 4);
  await visit.addRoom('Entrance (15 items)', 'Entrance');
  await visit
    .rooms()
    .getByRole('listitem', { name: 'Entrance' })
    .getByLabel('Room name')
    .fill(HOSTILE);
  await visit.openRoom(HOSTILE);
  await visit.answer('Barrier').click();
  await page
    .getByRole('region', { name: 'Recommendations' })
    .getByLabel('Custom recommendation')
    .fill(HOSTILE);
  await page.getByRole('button', { name: 'Add custom' }).click();
  await page.getByLabel('Notes').fill(HOSTILE);
  await visit.backToVisit();
  await page.getByRole('link', { name: 'Summary' }).click();
  // The recommendation's title and its room's name, both shown as plain text.
  await expect(
    page.getByRole('table', { name: 'Recommended interventions by priority' }).getByText(HOSTILE),
  ).toHaveCount(2);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await expect(page.getByRole('list', { name: 'Clients' }).getByText(name)).toBeVisible();

  expect(
    await page.evaluate(() => (window as unknown as { __ran?: number }).__ran),
  ).toBeUndefined();
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
});
