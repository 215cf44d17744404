// No stored code reaches a person: a visit filled on the tablet (a barrier with its recommendation,
// a goal) and commented in review, every screen of it and both reports show only words.
import { expect, type Page, test } from '@playwright/test';
import { FollowUpPage } from './pages/follow-up-page';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';
import { visibleStoredCodes } from './support/stored-codes';

const RUGS = /^Are there rugs, cords or clutter/;

async function expectOnlyWords(page: Page, screen: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
  expect(await visibleStoredCodes(page), `stored codes on ${screen}`).toEqual([]);
}

test('every screen and both reports of a filled visit show words, never stored codes', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await ensureOrganization(request);
  const seeded = await seedVisit(request);
  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  await new SyncPage(page).syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.addGoal('Make a cup of tea', 'Cooking and meals', 4, 5);
  await visit.openRoom('Bedroom');
  await visit.openItem(RUGS);
  await visit.answer('Barrier').click();
  await page
    .getByRole('list', { name: 'Suggested for this item' })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('list', { name: 'Recommended for this barrier' })).not.toBeEmpty();
  await expectOnlyWords(page, 'an item with a barrier');
  const itemAddress = new URL(page.url()).pathname + new URL(page.url()).search;

  const review = new ReviewPage(page);
  await review.open(seeded.assessmentId, seeded.clientName);
  const [barrier] = seeded.barriers;
  if (barrier === undefined) throw new Error('The seeded visit has no barrier');
  await review.comment(barrier.prompt, 'Check the rail height with the family.');

  const visitAddress = `/visits/${seeded.assessmentId}`;
  const screens: [string, string][] = [
    ['the visit list', '/visits'],
    ['the visit', visitAddress],
    ...seeded.rooms.map((room): [string, string] => [
      `the room ${room.name}`,
      `${visitAddress}/rooms/${room.id}`,
    ]),
    ['the item', itemAddress],
    ['the summary', `${visitAddress}/summary`],
    ['the floor plan', `${visitAddress}/plan`],
    ['the client list', '/clients'],
    ['the client', `/clients/${seeded.clientId}`],
    ['the review list', '/review'],
    ['the review', `/review/${seeded.assessmentId}`],
    ['the clinical report', `/review/${seeded.assessmentId}/report`],
    ['the plain report', `/review/${seeded.assessmentId}/report?variant=plain`],
    ['settings', '/settings'],
    ['sync', '/sync'],
  ];
  for (const [screen, address] of screens) {
    await page.goto(address);
    await expectOnlyWords(page, screen);
  }

  await page.goto(visitAddress);
  const followUp = new FollowUpPage(page);
  await followUp.startFrom(seeded.clientName);
  await expectOnlyWords(page, 'the follow-up');
  await followUp.openOutcomeSummary();
  await expectOnlyWords(page, 'the outcome summary');
});
