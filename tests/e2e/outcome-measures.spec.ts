// Goal attainment, falls and mobility from a baseline to a follow-up three months later: the
// outcome summary puts them side by side with the T-score's change, and the FHIR Bundle downloads.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { PCO_GAS_GOAL_PROFILE } from '../../src/domain/exports/fhir-outcomes';
import { fhirValidator } from '../unit/support/fhir-schema';
import { FollowUpPage } from './pages/follow-up-page';
import { OutcomeMeasuresPage } from './pages/outcome-measures-page';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const BASELINE_DAY = '2026-03-02';
const FOLLOW_UP_DAY = '2026-06-02';
const SHOTS = process.env.SCREENSHOT_DIR;

/** Screenshots of the given parts of the screen at a tablet's and a desktop's size, to look at. */
async function shoot(page: Page, name: string, parts: Locator[]): Promise<void> {
  if (SHOTS === undefined) return;
  for (const [width, height] of [
    [810, 1080],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const [index, part] of parts.entries()) {
      await part.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/${name}-${index}-${width}.png` });
    }
  }
  await page.setViewportSize({ width: 712, height: 1138 });
}

test('a baseline with two scaled goals and a TUG, then a follow-up three months on', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await ensureOrganization(request);
  const seeded = await seedVisit(request, { date: BASELINE_DAY });
  await page.clock.install({ time: new Date(`${BASELINE_DAY}T09:00:00Z`) });
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  const measures = new OutcomeMeasuresPage(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Visits' })
    .click();
  const due = page.getByRole('list', { name: 'Follow-ups due' }).getByRole('link', {
    name: new RegExp(seeded.clientName),
  });
  await expect(due).toContainText('due in 90 days');
  await shoot(page, 'caseload', [due]);
  await visit.open(seeded.clientName);

  await measures.scaleGoal(1, 9, 'Showers seated with the rail, alone');
  await measures.scaleGoal(2, 6, 'Climbs the front steps with a rail');
  await measures.recordFalls(2, 1);
  await measures.recordTug('0', 'Walking frame');
  await expect(measures.tugForm().getByRole('alert')).toContainText('not possible');
  await measures.recordTug('15.2', 'Walking frame');
  await expect(measures.tugForm().getByRole('status')).toContainText('Saved: 15.2 s');
  await shoot(page, 'baseline', [measures.goal(1), measures.mobility()]);

  await page.clock.setSystemTime(new Date(`${FOLLOW_UP_DAY}T09:00:00Z`));
  const followUp = new FollowUpPage(page);
  await followUp.startFrom(seeded.clientName);
  await measures.markLevel(1, 0, 'client');
  await measures.markLevel(2, 1, 'therapist');
  await measures.recordFalls(0, 0);
  await measures.recordTug('11.8', 'Walking frame');
  await expect(measures.tugForm().getByRole('status')).toContainText('Saved: 11.8 s');
  const followUpId = new URL(page.url()).pathname.split('/')[2] ?? '';

  await followUp.openOutcomeSummary();
  // Weighted by importance 9 and 6: both at -1 → 50 - 150/√(0.7·117 + 0.3·225) = 37.7;
  // at 0 and +1 → 50 + 60/√149.4 = 54.9.
  const gas = measures.measureRow('GAS T-score');
  await expect(gas).toContainText('37.7');
  await expect(gas).toContainText('54.9');
  await expect(gas).toContainText('Goals met as expected or better');
  await expect(page.getByText('GAS T-score 37.7 at baseline, 54.9 now (+17.2)')).toBeVisible();
  const falls = measures.measureRow('Falls since the last visit');
  await expect(falls.getByRole('cell')).toHaveText(['2', '0', /^Fewer falls/]);
  await expect(measures.measureRow('Timed Up and Go')).toContainText('Now under 13.5 s');
  await expect(page.getByRole('columnheader', { name: /Follow-up 1/ })).toContainText(
    FOLLOW_UP_DAY,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // The measures fit the tablet's width: the table scrolls inside its own box, charts wrap.
  const measuresBox = await page
    .getByRole('region', { name: 'Measures side by side' })
    .evaluate((section) => section.scrollWidth <= section.clientWidth);
  expect(measuresBox).toBe(true);
  await shoot(page, 'outcome', [
    page.getByRole('region', { name: 'Measures side by side' }),
    page.getByRole('region', { name: 'Goal attainment', exact: true }),
  ]);

  await new SyncPage(page).syncNow();
  await new ReviewPage(page).open(followUpId, seeded.clientName);
  const panel = page.getByRole('region', { name: 'Export this assessment' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'FHIR R4 Bundle' }).click();
  const bundle = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    resourceType: string;
    entry: { resource: { resourceType: string; meta?: { profile?: string[] } } }[];
  };
  const validate = fhirValidator();
  expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const goals = bundle.entry.filter((entry) => entry.resource.resourceType === 'Goal');
  expect(goals.map((goal) => goal.resource.meta?.profile)).toEqual([
    [PCO_GAS_GOAL_PROFILE],
    [PCO_GAS_GOAL_PROFILE],
  ]);
  const text = JSON.stringify(bundle);
  expect(text).toContain('"code":"107334-5"');
  expect(text).toContain('"value":11.8,"unit":"s"');
});
