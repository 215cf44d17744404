// An assessment saved as JSON comes back through Settings: it shows in the visit list, the same file
// again changes nothing, different content is replaced only when the person says so, and a bad
// file is refused with its reason.
import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { makeAssessmentExport } from '../../src/domain/exports/assessment-json';
import { FINDINGS_COLUMNS } from '../../src/domain/exports/csv';
import type { ExportRecord } from '../../src/domain/exports/export-model';
import { formatCalendarDate } from '../../src/domain/report-wording';
import { ExportsPage } from './pages/exports-page';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import { ShellPage } from './pages/shell-page';
import { SyncPage } from './pages/sync-page';
import { ensureOrganization, THERAPIST, TINY_PNG } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const VISIT_DATE = '2025-04-02';
/** What an import says of a file's completed visit: the completion is given again here. */
const completionLeftBehind = (label: string) =>
  `Not carried over for ${label}: its completion. Completions, sign-offs, comments and amendments are recorded only as their own people make them here.`;

/** A small home visit as an export file: a client, the visit, a room, a barrier and its photo. */
function visitFile(clientName: string, ids: Record<string, string>, doorNotes: string): string {
  const sha256 = createHash('sha256').update(TINY_PNG).digest('hex');
  const records: ExportRecord[] = [
    { entity: 'client', id: ids.client ?? '', fields: { name: clientName } },
    {
      entity: 'assessment',
      id: ids.visit ?? '',
      fields: {
        clientId: ids.client ?? '',
        setting: 'home',
        type: 'initial',
        date: VISIT_DATE,
        checklistId: 'adult-home',
        checklistVersion: 1,
        status: 'complete',
      },
    },
    {
      entity: 'room',
      id: ids.room ?? '',
      fields: { assessmentId: ids.visit ?? '', name: 'Entrance', areaId: 'entrance', order: 1 },
    },
    {
      entity: 'finding',
      id: ids.door ?? '',
      fields: {
        assessmentId: ids.visit ?? '',
        roomId: ids.room ?? '',
        itemId: 'home.entrance.door-width',
        answer: 'barrier',
        severity: 'high',
        measurements: { 'home.entrance.door-width.clear-width': 711 },
        notes: doorNotes,
      },
    },
    {
      entity: 'photo',
      id: ids.photo ?? '',
      fields: {
        assessmentId: ids.visit ?? '',
        ownerEntity: 'finding',
        ownerId: ids.door ?? '',
        sha256,
        mimeType: 'image/png',
        byteSize: TINY_PNG.byteLength,
      },
    },
  ];
  const photos = [{ sha256, mimeType: 'image/png', base64: TINY_PNG.toString('base64') }];
  return JSON.stringify(makeAssessmentExport(records, photos, Date.now()));
}

function newIds(): Record<string, string> {
  return {
    client: randomUUID(),
    visit: randomUUID(),
    room: randomUUID(),
    door: randomUUID(),
    photo: randomUUID(),
  };
}

async function expectVisitListed(page: Page, clientName: string, isListed: boolean): Promise<void> {
  const shell = new ShellPage(page);
  await shell.goTo('Visits');
  const visit = page
    .getByRole('list', { name: 'Visits' })
    .getByRole('link', { name: new RegExp(clientName) });
  if (isListed)
    await expect(visit).toContainText(formatCalendarDate(VISIT_DATE, { locale: 'en-US' }));
  else await expect(visit).toHaveCount(0);
}

test('an assessment file imported in Settings shows in the visit list; the same file again changes nothing', async ({
  page,
}) => {
  const exports = new ExportsPage(page);
  const ids = newIds();
  const file = visitFile('Inês Duarte', ids, 'Door sticks, "badly"');
  await exports.openSettings();
  await exports.importFile('ines-duarte-2025-04-02-assessment.json', file);
  await expect(exports.outcome()).toHaveText(
    `Imported Inês Duarte, visit of ${VISIT_DATE}. ${completionLeftBehind(`Inês Duarte, visit of ${VISIT_DATE}`)} Added 1 photo.`,
  );
  await expectVisitListed(page, 'Inês Duarte', true);

  await exports.openSettings();
  await exports.importFile('ines-duarte-2025-04-02-assessment.json', file);
  await expect(exports.outcome()).toHaveText(
    `Already on this device as in the file: Inês Duarte, visit of ${VISIT_DATE}.`,
  );
});

test('a file with other content replaces the device copy only when the person says so', async ({
  page,
}) => {
  const exports = new ExportsPage(page);
  const ids = newIds();
  await exports.openSettings();
  await exports.importFile('first.json', visitFile('Omar Haddad', ids, 'First note'));
  await expect(exports.outcome()).toContainText('Imported Omar Haddad');

  await exports.importFile('second.json', visitFile('Omar Haddad', ids, 'Second note'));
  await expect(exports.replaceQuestion()).toContainText(
    'Omar Haddad, visit of 2025-04-02: 1 record would change',
  );
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations).toEqual([]);
  await exports.replaceQuestion().getByRole('button', { name: "Keep this device's copy" }).click();
  await expect(exports.outcome()).toHaveText(
    `Kept this device's copy of Omar Haddad, visit of ${VISIT_DATE}.`,
  );

  await exports.importFile('second.json', visitFile('Omar Haddad', ids, 'Second note'));
  await exports.replaceQuestion().getByRole('button', { name: 'Replace with the file' }).click();
  await expect(exports.outcome()).toHaveText(
    `Imported Omar Haddad, visit of ${VISIT_DATE}. ${completionLeftBehind(`Omar Haddad, visit of ${VISIT_DATE}`)}`,
  );
  await expect(exports.replaceQuestion()).toHaveCount(0);
});

test('a bad file is refused with its reason and changes nothing', async ({ page }) => {
  const exports = new ExportsPage(page);
  await exports.openSettings();
  await exports.importFile('notes.json', 'Door width 711 mm, see photo');
  await expect(exports.outcome()).toContainText('Nothing was imported. This file is not JSON');

  const ids = newIds();
  const damaged = JSON.parse(visitFile('Lena Vogel', ids, 'A note')) as { records: ExportRecord[] };
  const door = damaged.records.find((record) => record.entity === 'finding');
  if (door !== undefined) door.fields.answer = 'maybe';
  await exports.importFile('damaged.json', JSON.stringify(damaged));
  await expect(exports.outcome()).toHaveText(
    `Nothing was imported. Record 4 (finding ${ids.door}): finding.answer is "maybe"; it must be one of ok, barrier, na.`,
  );
  await expectVisitListed(page, 'Lena Vogel', false);
});

test('the review saves a synced visit as findings CSV and as a FHIR R4 Bundle', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request, { barrierNote: 'Door 28", frame "chipped", see photo' });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    baseURL: test.info().project.use.baseURL,
  });
  const desk = await context.newPage();
  await new SettingsPage(desk).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(desk).syncNow();
  await new ReviewPage(desk).open(seeded.assessmentId, seeded.clientName);
  const panel = desk.getByRole('region', { name: 'Export this assessment' });

  const csvDownload = desk.waitForEvent('download');
  await panel.getByRole('button', { name: 'Findings (CSV)' }).click();
  const csv = await readFile(await (await csvDownload).path(), 'utf8');
  const [header, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(header?.split(',')).toEqual([...FINDINGS_COLUMNS]);
  const barrierRows = rows.filter((row) => row.includes(',barrier,'));
  expect(barrierRows).toHaveLength(seeded.barriers.length);
  expect(csv).toContain('"Door 28"", frame ""chipped"", see photo"');

  const fhirDownload = desk.waitForEvent('download');
  await panel.getByRole('button', { name: 'FHIR R4 Bundle' }).click();
  const bundle = JSON.parse(await readFile(await (await fhirDownload).path(), 'utf8')) as {
    resourceType: string;
    entry: { resource: { resourceType: string; name?: { text?: string }[] } }[];
  };
  expect(bundle.resourceType).toBe('Bundle');
  const types = bundle.entry.map((entry) => entry.resource.resourceType);
  for (const type of ['Patient', 'Questionnaire', 'QuestionnaireResponse', 'Goal', 'CarePlan'])
    expect(types).toContain(type);
  expect(types.filter((type) => type === 'Goal')).toHaveLength(seeded.goals.length);
  const patient = bundle.entry.find((entry) => entry.resource.resourceType === 'Patient');
  expect(JSON.stringify(patient)).toContain(seeded.clientName);
  await expect(panel.getByRole('status')).toContainText('Saved');
  await context.close();
});
