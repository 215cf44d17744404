// A follow-up visit on a tablet, started from a seeded baseline visit: the baseline beside each
// item, outcomes of the recommendations, re-rated goals and the outcome summary's counts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { FollowUpPage } from './pages/follow-up-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const ENTRANCE_DOOR = /^Is the entrance door wide enough/;
const THRESHOLD = /^Is the door threshold low enough/;
const GRAB_BAR = /^Is there a firm grab bar or frame beside the toilet/;
const RUGS = /^Are there rugs, cords or clutter/;
const BEDROOM_DOOR = /^Is the bedroom door wide enough/;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}

/** Opens an item of a room of the open visit and answers it. */
async function answerItem(
  visit: VisitPage,
  room: string,
  prompt: RegExp,
  answer: 'OK' | 'Barrier',
): Promise<void> {
  await visit.openRoom(room);
  await visit.openItem(prompt);
  await visit.answer(answer).click();
  await expect(visit.answer(answer)).toHaveAttribute('aria-pressed', 'true');
  await visit.backToVisit();
}

test('a follow-up shows the baseline beside each item and sums up what changed', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await page.getByRole('radio', { name: /Imperial/ }).check();
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  const followUp = new FollowUpPage(page);
  await visit.open(seeded.clientName);
  await followUp.startFrom(seeded.clientName);

  await visit.openRoom('Bathroom');
  await visit.openItem(GRAB_BAR);
  const baseline = followUp.baseline();
  await expect(baseline.getByText('Barrier, high severity')).toBeVisible();
  await expect(baseline.getByText('Uses the towel rail to stand up.')).toBeVisible();
  await expect(baseline.getByRole('img', { name: 'Towel rail used as a grab bar' })).toBeVisible();
  await followUp.recordOutcome(baseline, 'Grab bar beside the toilet', 'Installed and used');
  await visit.answer('OK').click();
  await expect(visit.answer('OK')).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page);
  await visit.backToVisit();

  await visit.openRoom('Front entrance');
  await visit.openItem(ENTRANCE_DOOR);
  await expect(followUp.baseline().getByText('28"')).toBeVisible();
  await visit.backToVisit();
  await answerItem(visit, 'Front entrance', ENTRANCE_DOOR, 'Barrier');
  await answerItem(visit, 'Front entrance', THRESHOLD, 'OK');
  await answerItem(visit, 'Bedroom', RUGS, 'OK');
  await answerItem(visit, 'Bedroom', BEDROOM_DOOR, 'Barrier');

  const outcomes = followUp.outcomesPanel();
  await followUp.recordOutcome(outcomes, 'Threshold ramp', 'Installed, not used', 'Trips on it');
  await followUp.recordOutcome(
    outcomes,
    'Offset (swing-clear) hinges',
    'Not done',
    'The landlord has not agreed',
  );
  await followUp.rerateGoal(1, 6, 5);
  await followUp.rerateGoal(2, 5, 3);

  await followUp.openOutcomeSummary();
  await expect(followUp.group('Resolved (3)')).toBeVisible();
  await expect(followUp.group('Persisting (1)')).toBeVisible();
  await expect(followUp.group('New (1)')).toBeVisible();
  await expect(followUp.group('Not yet re-checked (0)')).toBeVisible();
  await expect(followUp.group('In use or followed (1)')).toBeVisible();
  await expect(followUp.group('Not kept up (abandoned) (1)')).toBeVisible();
  await expect(followUp.group('Not done (1)')).toBeVisible();
  await expect(followUp.group('Not recorded yet (1)')).toBeVisible();
  await expect(page.getByText('Why: The landlord has not agreed')).toBeVisible();
  const [firstGoal, secondGoal] = seeded.goals;
  await expect(
    followUp.goalRow(firstGoal?.activity ?? '').getByText('Up 2 or more (COPM convention)'),
  ).toHaveCount(2);
  await expect(
    followUp.goalRow(secondGoal?.activity ?? '').getByText(/2 or more \(COPM convention\)/),
  ).toHaveCount(0);
  await expect(followUp.chart()).toHaveAccessibleName(/performance 3 → 6 \(\+3, important\)/);
  await expectNoAxeViolations(page);

  // The follow-up's report carries the same outcome, for the funder and the family.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Outcome since the baseline visit' }),
  ).toBeVisible();
  await expect(followUp.group('Resolved (3)')).toBeVisible();
  await expect(followUp.group('Not done (1)')).toBeVisible();
  await expect(followUp.chart()).toBeVisible();
});
