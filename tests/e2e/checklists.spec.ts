// A clinic imports its own checklist from settings: a bad file is explained, a good one reaches
// the organization's other devices.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST } from './support/accounts';

const fixture = (name: string) => ({
  name,
  mimeType: 'application/json',
  buffer: readFileSync(new URL(`../fixtures/${name}`, import.meta.url)),
});

/** The clinic checklist under ids and a title of its own, so every run imports a new one. */
function uniqueClinicChecklist(suffix: string) {
  const data = JSON.parse(fixture('clinic-bathroom.json').buffer.toString('utf8'));
  data.id = `clinic-bathroom-${suffix}`;
  data.title = `Clinic bathroom screen ${suffix}`;
  for (const area of data.areas) {
    for (const item of area.items) {
      item.id = `${item.id}-${suffix}`;
      for (const measurement of item.measurements) measurement.id = `${measurement.id}-${suffix}`;
    }
  }
  return {
    name: 'clinic-bathroom.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  };
}

test('a clinic checklist is checked on import and synced to another device', async ({
  page,
  browser,
  request,
}) => {
  await ensureOrganization(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  const checklists = page.getByRole('region', { name: 'Checklists' });
  await expect(checklists.getByRole('list', { name: 'Checklists in the library' })).toContainText(
    'version 1',
  );

  await checklists
    .getByLabel('Import a checklist file')
    .setInputFiles(fixture('clinic-broken.json'));
  const problems = checklists.getByRole('alert');
  await expect(problems).toContainText('clinic-broken.json, item "clinic.kitchen.rail"');
  await expect(problems).toContainText('prompt');

  const suffix = Date.now().toString(36);
  await checklists
    .getByLabel('Import a checklist file')
    .setInputFiles(uniqueClinicChecklist(suffix));
  await expect(checklists.getByRole('status')).toContainText(
    `Imported "Clinic bathroom screen ${suffix}" version 1`,
  );
  await new SyncPage(page).syncNow();

  const desktop = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL })
  ).newPage();
  await new SettingsPage(desktop).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(desktop).syncNow();
  await desktop
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(desktop.getByRole('list', { name: 'Checklists in the library' })).toContainText(
    `Clinic bathroom screen ${suffix}`,
  );
});
