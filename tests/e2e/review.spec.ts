// Review at a desk: the therapist completes a visit, a reviewer comments and signs it off, the
// signed visit is locked on the therapist's tablet, and a change made through an amendment is
// listed in the review with who made it, why, and the value before and after.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, devices, expect, type Page, test } from '@playwright/test';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

type ContextOptions = Parameters<Browser['newContext']>[0];

const DESKTOP: ContextOptions = { viewport: { width: 1280, height: 800 }, hasTouch: false };
const { defaultBrowserType: _browser, ...TABLET } = devices['Galaxy Tab S4'];

async function signedIn(
  browser: Browser,
  options: ContextOptions,
  account: { email: string; password: string },
): Promise<Page> {
  const context = await browser.newContext({
    ...options,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await new SettingsPage(page).signIn(account.email, account.password);
  await new SyncPage(page).syncNow();
  return page;
}

test('a visit is completed, commented, signed off, then amended with the change on record', async ({
  browser,
  request,
}) => {
  await ensureOrganization(request);
  const stamp = Date.now();
  const reviewer = {
    name: `Rita Shah ${stamp}`,
    email: `rita-review-${stamp}@riverside.example`,
    role: 'reviewer',
    password: 'reviewer password one',
  };
  const login = await request.post('/api/v1/auth/login', {
    data: { email: THERAPIST.email, password: THERAPIST.password },
  });
  const { token } = (await login.json()) as { token: string };
  const created = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${token}` },
    data: reviewer,
  });
  expect(created.status()).toBe(201);
  const seeded = await seedVisit(request);
  const door = seeded.barriers[0];
  if (door === undefined) throw new Error('The seeded visit has no barrier.');
  const oldNote = 'Front door 28 in clear; the wheelchair catches the frame.';
  const newNote = 'Family removed the storm door; 32 in clear now.';

  const tablet = await signedIn(browser, TABLET, THERAPIST);
  const therapistReview = new ReviewPage(tablet);
  await therapistReview.open(seeded.assessmentId, seeded.clientName);
  await therapistReview.markComplete();
  await new SyncPage(tablet).syncNow();

  const desktop = await signedIn(browser, DESKTOP, reviewer);
  const review = new ReviewPage(desktop);
  await review.open(seeded.assessmentId, seeded.clientName);
  await expect(review.item(door.prompt)).toContainText(oldNote);
  await expect(review.item(door.prompt)).toContainText(/Fail/);
  await review.comment(door.prompt, 'Is a wider door or offset hinges better here?');
  await expect(review.comments(door.prompt)).toContainText(reviewer.name);
  await review.signOff();
  await expect(review.status()).toContainText(reviewer.name);
  await new SyncPage(desktop).syncNow();

  await new SyncPage(tablet).syncNow();
  await therapistReview.open(seeded.assessmentId, seeded.clientName);
  await expect(therapistReview.comments(door.prompt)).toContainText(
    'Is a wider door or offset hinges better here?',
  );
  await tablet.getByRole('link', { name: 'Open the visit' }).click();
  const visit = new VisitPage(tablet);
  const signOff = tablet.getByRole('region', { name: 'Sign-off' });
  await expect(signOff).toContainText(`Signed off by ${reviewer.name}`);
  await expect(signOff).toContainText('Changes are recorded as amendments.');
  await visit.openRoom(door.roomName);
  await visit.openItem(new RegExp(door.prompt.replace(/[?]/g, '\\?')));
  await expect(tablet.getByLabel('Notes')).toBeDisabled();

  await signOff.getByRole('button', { name: 'Amend' }).click();
  await signOff.getByRole('button', { name: 'Start amendment' }).click();
  await expect(signOff.getByRole('alert')).toHaveText('Give the reason for the amendment.');
  await signOff.getByLabel('Reason for the amendment').fill('Door measured again after works');
  await signOff.getByRole('button', { name: 'Start amendment' }).click();
  const amendment = tablet.getByRole('region', { name: 'Amendment' });
  await expect(amendment).toContainText('Door measured again after works');
  await tablet.getByLabel('Notes').fill(newNote);
  await amendment.getByRole('button', { name: 'Finish amendment' }).click();
  await expect(signOff).toBeVisible();
  await expect(tablet.getByLabel('Notes')).toBeDisabled();
  await new SyncPage(tablet).syncNow();

  await new SyncPage(desktop).syncNow();
  await review.open(seeded.assessmentId, seeded.clientName);
  const amendments = review.amendments();
  await expect(amendments).toContainText(`Amendment by ${THERAPIST.name}`);
  await expect(amendments).toContainText('Reason: Door measured again after works');
  const change = amendments.getByRole('list', { name: 'Changes' }).getByRole('listitem');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText(door.prompt);
  await expect(change).toContainText(/notes: from .* to /);
  await expect(change.getByRole('deletion')).toHaveText(oldNote);
  await expect(change.getByRole('insertion')).toHaveText(newNote);
  await expect(review.item(door.prompt)).toContainText(newNote);

  const scan = await new AxeBuilder({ page: desktop }).analyze();
  expect(scan.violations).toEqual([]);
});
