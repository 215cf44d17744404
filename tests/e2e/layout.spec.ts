// Every screen and report of a filled visit and its follow-up, at the tablet's portrait widths and on
// a desktop: nothing wider than the window, no control drawn over another, nothing over the
// navigation, no chart label cut off.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { FollowUpPage } from './pages/follow-up-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { layoutProblems } from './support/layout-checks';
import { type SeededVisit, seedVisit } from './support/seed-visit';

const SIZES = [
  { width: 768, height: 1024 },
  { width: 810, height: 1080 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

/** A room name as long as the checklist's own area names, which the charts must not cut off. */
const BATHROOM = 'Bathroom: bath and shower upstairs';
const GRAB_BAR = /^Is there a firm grab bar or frame beside the toilet/;

/** A screen's name, its address and, when it finishes drawing later, what shows it is done. */
type Screen = [string, string, ((page: Page) => Locator)?];

/** A Leaflet map has drawn its controls (and its attribution) once its zoom buttons show. */
const MAP_READY = (page: Page) => page.getByRole('button', { name: 'Zoom in' });

/** The screens of the baseline, its follow-up and both reports, by address. */
function screens(seeded: SeededVisit, followUpId: string): Screen[] {
  const visit = `/visits/${seeded.assessmentId}`;
  const follow = `/visits/${followUpId}`;
  const [entrance, bathroom] = seeded.rooms;
  const door = 'home.entrance.door-width';
  const grabBar = 'home.bath.grab-bar-toilet';
  return [
    ['visits', '/visits'],
    ['new-visit', '/visits/new'],
    ['overview', visit],
    ['item-measured', `${visit}/rooms/${entrance?.id}?item=${door}`],
    ['item-photo', `${visit}/rooms/${bathroom?.id}?item=${grabBar}`],
    ['plan', `${visit}/plan`, MAP_READY],
    ['summary', `${visit}/summary`],
    ['follow-up', follow],
    ['follow-up-item', `${follow}/rooms/${followUpRoom(seeded)}?item=${grabBar}`],
    ['outcome', `${follow}/outcome`],
    ['clients', '/clients'],
    ['client', `/clients/${seeded.clientId}`, MAP_READY],
    ['review', '/review'],
    ['review-detail', `/review/${seeded.assessmentId}`],
    ['report', `/review/${seeded.assessmentId}/report`],
    ['report-plain', `/review/${seeded.assessmentId}/report?variant=plain`],
    ['follow-up-report', `/review/${followUpId}/report`],
    ['follow-up-report-plain', `/review/${followUpId}/report?variant=plain`],
    ['template-ndis', `/review/${seeded.assessmentId}/report/ndis-minor-home-modifications`],
    [
      'template-us-table',
      `/review/${seeded.assessmentId}/report/us-home-modification-work-documentation`,
    ],
    ['settings', '/settings'],
    ['sync', '/sync'],
  ];
}

let followUpBathroom = '';
const followUpRoom = (_seeded: SeededVisit) => followUpBathroom;

/** Starts the seeded visit's follow-up through the app and records an outcome and a rating. */
async function makeFollowUp(page: Page, seeded: SeededVisit): Promise<string> {
  const visit = new VisitPage(page);
  const followUp = new FollowUpPage(page);
  await visit.open(seeded.clientName);
  await followUp.startFrom(seeded.clientName);
  const followUpId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await followUp.recordOutcome(
    followUp.outcomesPanel(),
    'Threshold ramp',
    'Installed, not used',
    'Trips on it',
  );
  await followUp.rerateGoal(1, 6, 5);
  await visit.openRoom(BATHROOM);
  followUpBathroom = new URL(page.url()).pathname.split('/')[4] ?? '';
  await visit.openItem(GRAB_BAR);
  await visit.answer('OK').click();
  await expect(visit.answer('OK')).toHaveAttribute('aria-pressed', 'true');
  return followUpId;
}

/** Full-page screenshots of every screen, to look at; set LAYOUT_SCREENSHOTS=1 to take them. */
const SCREENSHOTS = process.env.LAYOUT_SCREENSHOTS === '1';

for (const size of SIZES) {
  test(`every screen and report fits ${size.width}x${size.height}`, async ({ page, request }) => {
    test.setTimeout(180_000);
    await ensureOrganization(request);
    const seeded = await seedVisit(request, { bathroomName: BATHROOM });
    await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
    await new SyncPage(page).syncNow();
    const followUpId = await makeFollowUp(page, seeded);
    await page.setViewportSize(size);

    const found: string[] = [];
    for (const [label, path, ready] of screens(seeded, followUpId)) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/^(Loading|Checking)/)).toHaveCount(0);
      if (ready !== undefined) await expect(ready(page)).toBeVisible();
      const problems = await layoutProblems(page);
      if (problems.overflowPx > 0)
        found.push(`${label}: ${problems.overflowPx} px wide (${problems.widest.join(', ')})`);
      for (const pair of problems.overlaps) found.push(`${label}: overlap ${pair}`);
      for (const control of problems.unreachable) found.push(`${label}: ${control} hidden`);
      for (const link of problems.coveredNavigation) found.push(`${label}: ${link} covered`);
      for (const text of problems.clippedLabels) found.push(`${label}: label cut "${text}"`);
      if (SCREENSHOTS) {
        const file = test.info().outputPath(`${label}-${size.width}.png`);
        await page.screenshot({ path: file, fullPage: true });
      }
    }
    expect(found).toEqual([]);
  });
}

test('after a barrier, Next and the item list stay within reach in portrait', async ({
  page,
  request,
}) => {
  await ensureOrganization(request);
  const seeded = await seedVisit(request, { bathroomName: BATHROOM });
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  await page.setViewportSize({ width: 810, height: 1080 });
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.openRoom(BATHROOM);
  await visit.openItem(GRAB_BAR);
  await expect(visit.answer('Barrier')).toHaveAttribute('aria-pressed', 'true');

  // Halfway down the recorded barrier (its recommendations), the step buttons are still in view
  // and nothing lies over them.
  const recommendations = page.getByRole('heading', { name: 'Recommendations' });
  await recommendations.scrollIntoViewIfNeeded();
  const next = page.getByRole('button', { name: 'Next unanswered' });
  await expect(next).toBeInViewport();
  await expect(recommendations).toBeInViewport();
  expect(await isOnTop(next)).toBe(true);

  // The last control of the item is not covered by the bar once scrolled to.
  const addCustom = page.getByRole('button', { name: 'Add custom' });
  await addCustom.scrollIntoViewIfNeeded();
  expect(await isOnTop(addCustom)).toBe(true);

  await page.getByRole('button', { name: /^Items \(\d+ of \d+\)$/ }).click();
  const list = page.getByRole('list', { name: 'Items in this room' });
  await expect(list.getByRole('link', { name: GRAB_BAR })).toBeInViewport();
  await expect(list.getByRole('link', { name: GRAB_BAR })).toBeFocused();
});

/** Whether a tap at the centre of the control reaches the control itself. */
function isOnTop(control: Locator): Promise<boolean> {
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}
