// The whole of a visit's life across two devices: recorded on a therapist's tablet, completed,
// reviewed, commented on and signed off at a reviewer's desk, amended on the tablet with the
// change on record, printed as both reports, and followed up with an outcome summary.
import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { plainFinding } from '../../src/domain/plain-statements';
import { firstNameOf, formatCostRange } from '../../src/domain/report-wording';
import { ClientsPage } from './pages/clients-page';
import { FollowUpPage } from './pages/follow-up-page';
import { ReportPage } from './pages/report-page';
import { ReviewListPage } from './pages/review-list-page';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { solidPng } from './support/seed-visit';

type ContextOptions = Parameters<Browser['newContext']>[0];
type Account = { name: string; email: string; password: string };

const TABLET: ContextOptions = { viewport: { width: 800, height: 1280 }, hasTouch: true };
const DESKTOP: ContextOptions = { viewport: { width: 1280, height: 800 }, hasTouch: false };

const DOOR = 'Is the entrance door wide enough for the client and their device?';
const THRESHOLD = 'Is the door threshold low enough to walk or roll over without catching?';
const GRAB_BAR = 'Is there a firm grab bar or frame beside the toilet?';
const TOILET_LIGHT = 'Is the toilet well lit, with a switch the client can find at night?';
const BARRIERS = [DOOR, THRESHOLD, GRAB_BAR];
const GOAL = 'Get in and out of the house on his own';

/** Whether the item's yes or no answer is the barrier, as the visit's checklist says. */
function barrierWhenOf(prompt: string): 'yes' | 'no' | undefined {
  const checklist = JSON.parse(readFileSync('checklists/adult-home.json', 'utf8')) as {
    areas: { items: { prompt: string; answer: { type: string; barrierWhen?: unknown } }[] }[];
  };
  const item = checklist.areas.flatMap((area) => area.items).find((one) => one.prompt === prompt);
  const barrierWhen = item?.answer.type === 'yes-no' ? item.answer.barrierWhen : undefined;
  return barrierWhen === 'yes' || barrierWhen === 'no' ? barrierWhen : undefined;
}

const DOOR_NOTE = 'Front door 28 in clear; the wheelchair catches the frame.';
const AMENDED_NOTE = 'Storm door removed by the family; 28 in clear still.';
const AMENDMENT_REASON = 'Family removed the storm door after the visit';
const COMMENT = 'Would offset hinges give enough width here?';
/** Offset hinges $20–30 and the grab bar $100–300 from the catalogue, the ramp $50–150 typed in. */
const TOTAL_COST = formatCostRange({ currency: 'USD', min: 170, max: 480 }, { locale: 'en-US' });

/** Creates a person in the organization through the admin API, as an admin would. */
async function createAccount(
  request: APIRequestContext,
  role: 'therapist' | 'reviewer',
  name: string,
): Promise<Account> {
  const account = {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '-')}@riverside.example`,
    password: `${role} password one`,
  };
  const login = await request.post('/api/v1/auth/login', {
    data: { email: THERAPIST.email, password: THERAPIST.password },
  });
  const { token } = (await login.json()) as { token: string };
  const created = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${token}` },
    data: { ...account, role },
  });
  expect(created.status()).toBe(201);
  return account;
}

async function signedIn(browser: Browser, options: ContextOptions, account: Account) {
  const context = await browser.newContext({
    ...options,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(account.email, account.password);
  return page;
}

const itemPattern = (prompt: string) => new RegExp(`^${prompt.replace(/[?]/g, '\\?')}`);

/** Opens an item of a room of the open visit and answers it. */
async function answerItem(
  visit: VisitPage,
  room: string,
  prompt: string,
  answer: 'OK' | 'Barrier',
): Promise<void> {
  await visit.openRoom(room);
  await visit.openItem(itemPattern(prompt));
  await visit.answer(answer).click();
  await expect(visit.answer(answer)).toHaveAttribute('aria-pressed', 'true');
}

/** Recommends a suggested catalogue entry for the open barrier; answers its row. */
async function recommend(page: Page, title: string) {
  const recommendations = page.getByRole('region', { name: 'Recommendations' });
  await recommendations
    .getByRole('list', { name: 'Suggested for this item' })
    .getByRole('button', { name: `Add ${title}` })
    .click();
  const row = recommendations
    .getByRole('list', { name: 'Recommended for this barrier' })
    .getByRole('listitem', { name: title });
  await expect(row).toBeVisible();
  return row;
}

/** The therapist's visit: a client in a wheelchair, a goal, two rooms and three barriers. */
async function recordVisit(tablet: Page, clientName: string): Promise<void> {
  await tablet.getByRole('radio', { name: /Imperial/ }).check();
  const clients = new ClientsPage(tablet);
  await clients.open();
  await clients.addClient(clientName);
  await clients.field('Mobility device').selectOption({ label: 'Manual wheelchair' });
  await clients.field('Device width').fill('26');
  await expect(tablet.getByText('Saved as 660 mm')).toBeVisible();

  const visit = new VisitPage(tablet);
  await visit.start(clientName);
  await visit.addGoal(GOAL, 'Getting in and out', 3, 2);
  await visit.addRoom('Entrance (15 items)', 'Entrance');
  await visit.addRoom('Bathroom: toilet (13 items)', 'Bathroom: toilet');

  await answerItem(visit, 'Entrance', DOOR, 'Barrier');
  await tablet.getByLabel('Clear width (inches)').fill('28');
  await expect(tablet.getByText(/^Fail: Clear width 28"/)).toBeVisible();
  await tablet.getByLabel('Notes').fill(DOOR_NOTE);
  await tablet.getByLabel('Add photo').setInputFiles({
    name: 'front-door.png',
    mimeType: 'image/png',
    buffer: solidPng(160, 120, [90, 60, 30]),
  });
  await expect(tablet.getByRole('img', { name: 'Photo' })).toHaveCount(1);
  await recommend(tablet, 'Offset (swing-clear) hinges');
  await visit.backToVisit();

  await answerItem(visit, 'Entrance', THRESHOLD, 'Barrier');
  const ramp = await recommend(tablet, 'Fixed threshold ramp or level sill');
  await ramp.getByLabel('Cost from (USD)').fill('50');
  await ramp.getByLabel('Cost to (USD)').fill('150');
  await visit.backToVisit();

  await answerItem(visit, 'Bathroom: toilet', GRAB_BAR, 'Barrier');
  await recommend(tablet, 'Grab bar beside the toilet');
  await visit.backToVisit();
}

test('a visit recorded on a tablet is reviewed, signed, amended, printed and followed up', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  await ensureOrganization(request);
  const stamp = Date.now();
  const therapist = await createAccount(request, 'therapist', `Tom Reyes ${stamp}`);
  const reviewer = await createAccount(request, 'reviewer', `Rita Shah ${stamp}`);
  const clientName = `Samuel Adeyemi ${stamp}`;

  // The tablet: the visit is recorded, synced and marked complete.
  const tablet = await signedIn(browser, TABLET, therapist);
  const tabletSync = new SyncPage(tablet);
  await recordVisit(tablet, clientName);
  await tabletSync.syncNow();
  const tabletList = new ReviewListPage(tablet);
  await tabletList.open();
  await tabletList.search(clientName);
  await tabletList.openAssessment(clientName);
  const therapistReview = new ReviewPage(tablet);
  await expect(
    tablet.getByRole('heading', { level: 1, name: `Review: ${clientName}` }),
  ).toBeVisible();
  const assessmentId = decodeURIComponent(new URL(tablet.url()).pathname.split('/')[2] ?? '');
  await therapistReview.markComplete();
  await tabletSync.syncNow();

  // The desk: the reviewer finds it by the client's name, comments and signs it off.
  const desktop = await signedIn(browser, DESKTOP, reviewer);
  const desktopSync = new SyncPage(desktop);
  await desktopSync.syncNow();
  const list = new ReviewListPage(desktop);
  await list.open();
  await list.search(clientName);
  await expect(list.clientNames()).toHaveText([clientName]);
  await list.openAssessment(clientName);
  const review = new ReviewPage(desktop);
  await expect(
    desktop.getByRole('heading', { level: 1, name: `Review: ${clientName}` }),
  ).toBeVisible();
  await expect(review.status()).toHaveText(/^Complete: marked by/);
  await expect(review.item(DOOR)).toContainText(DOOR_NOTE);
  await expect(review.item(DOOR)).toContainText(/Fail/);
  await review.comment(DOOR, COMMENT);
  await review.signOff();
  await expect(review.status()).toContainText(reviewer.name);
  await desktopSync.syncNow();

  // The tablet: the comment is there, the visit is locked, and a change is made as an amendment.
  await tabletSync.syncNow();
  await therapistReview.open(assessmentId, clientName);
  await expect(therapistReview.comments(DOOR)).toContainText(COMMENT);
  await tablet.getByRole('link', { name: 'Open the visit' }).click();
  const signOff = tablet.getByRole('region', { name: 'Sign-off' });
  await expect(signOff).toContainText(`Signed off by ${reviewer.name}`);
  const visit = new VisitPage(tablet);
  await visit.openRoom('Entrance');
  await visit.openItem(itemPattern(DOOR));
  await expect(tablet.getByLabel('Notes')).toBeDisabled();
  await signOff.getByRole('button', { name: 'Amend' }).click();
  await signOff.getByLabel('Reason for the amendment').fill(AMENDMENT_REASON);
  await signOff.getByRole('button', { name: 'Start amendment' }).click();
  const amendment = tablet.getByRole('region', { name: 'Amendment' });
  await expect(amendment).toContainText(AMENDMENT_REASON);
  await tablet.getByLabel('Notes').fill(AMENDED_NOTE);
  await amendment.getByRole('button', { name: 'Finish amendment' }).click();
  await expect(tablet.getByLabel('Notes')).toBeDisabled();
  await tabletSync.syncNow();

  // The desk: who amended, why, and the change.
  await desktopSync.syncNow();
  await review.open(assessmentId, clientName);
  const amendments = review.amendments();
  await expect(amendments).toContainText(`Amendment by ${therapist.name}`);
  await expect(amendments).toContainText(`Reason: ${AMENDMENT_REASON}`);
  const change = amendments.getByRole('list', { name: 'Changes' }).getByRole('listitem');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(DOOR);
  await expect(change.getByRole('deletion')).toHaveText(DOOR_NOTE);
  await expect(change.getByRole('insertion')).toHaveText(AMENDED_NOTE);

  // Both reports on paper: the client, every barrier, the photo and the total cost.
  const report = new ReportPage(desktop);
  await desktop.getByRole('link', { name: 'Clinical report' }).click();
  await report.waitUntilReady();
  const clinical = await report.printedPdf();
  expect(clinical.text).toContain(clientName);
  for (const barrier of BARRIERS) expect(clinical.text).toContain(barrier);
  expect(clinical.text).toContain(TOTAL_COST);
  expect(clinical.imageCount).toBe(1);
  expect(clinical.text).toContain('Amendments after sign-off');
  expect(clinical.text).toContain(therapist.name);
  expect(clinical.text).toContain(`Reason: ${AMENDMENT_REASON}`);
  expect(clinical.text).toContain(AMENDED_NOTE);

  await report.variantLink('Plain-language report').click();
  await report.waitUntilReady();
  const plain = await report.printedPdf();
  const firstName = firstNameOf(clientName);
  expect(plain.text).toContain(clientName);
  for (const barrier of BARRIERS) {
    const item = { prompt: barrier, barrierWhen: barrierWhenOf(barrier) };
    expect(plain.text).toContain(plainFinding(item, { firstName, pronouns: 'they' }));
  }
  expect(plain.text).toContain(`Altogether this may cost about ${TOTAL_COST}`);
  expect(plain.imageCount).toBe(1);

  // The tablet: a follow-up from the signed visit, and what changed since.
  await visit.open(clientName);
  const followUp = new FollowUpPage(tablet);
  await followUp.startFrom(clientName);
  await answerItem(visit, 'Bathroom: toilet', GRAB_BAR, 'OK');
  await followUp.recordOutcome(
    followUp.baseline(),
    'Grab bar beside the toilet',
    'Installed and used',
  );
  await visit.backToVisit();
  await answerItem(visit, 'Entrance', THRESHOLD, 'OK');
  await visit.backToVisit();
  await answerItem(visit, 'Entrance', DOOR, 'Barrier');
  await visit.backToVisit();
  await answerItem(visit, 'Bathroom: toilet', TOILET_LIGHT, 'Barrier');
  await visit.backToVisit();
  await followUp.rerateGoal(1, 6, 5);

  await followUp.openOutcomeSummary();
  await expect(followUp.group('Resolved (2)')).toBeVisible();
  await expect(followUp.group('Persisting (1)')).toBeVisible();
  await expect(followUp.group('New (1)')).toBeVisible();
  await expect(followUp.group('Not yet re-checked (0)')).toBeVisible();
  await expect(followUp.group('In use or followed (1)')).toBeVisible();
  await expect(followUp.group('Not recorded yet (2)')).toBeVisible();
  await expect(followUp.goalRow(GOAL).getByText('Up 2 or more (COPM convention)')).toHaveCount(2);
  await expect(followUp.chart()).toHaveAccessibleName(/performance 3 → 6 \(\+3, important\)/);
});
