// A tablet that kept editing offline after the visit was signed at the desk: the server refuses
// the edit, the sync screen says why in words and keeps what the edit held, and the visit stays
// as it was signed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SettingsPage } from './pages/settings-page';
import { SyncPage } from './pages/sync-page';
import { VisitPage } from './pages/visit-page';
import { ensureOrganization, THERAPIST } from './support/accounts';
import { seedVisit } from './support/seed-visit';

const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

test('an edit made offline after sign-off is refused with its reason and kept on the sync screen', async ({
  page,
  context,
  request,
}) => {
  await ensureOrganization(request);
  const admin = (await (
    await request.post('/api/v1/auth/login', {
      data: { email: THERAPIST.email, password: THERAPIST.password },
    })
  ).json()) as { token: string; user: { id: string } };
  const stamp = Date.now();
  const reviewer = {
    name: `Rui Costa ${stamp}`,
    email: `rui-${stamp}@riverside.example`,
    role: 'reviewer',
    password: 'reviewer password two',
  };
  const created = await request.post('/api/v1/users', {
    headers: { authorization: `Bearer ${admin.token}` },
    data: reviewer,
  });
  expect(created.status()).toBe(201);
  const seeded = await seedVisit(request, { clientName: `Marta Silva ${stamp}` });
  const door = seeded.barriers[0];
  if (door === undefined) throw new Error('The seeded visit has no barrier.');

  await new SettingsPage(page).signIn(THERAPIST.email, THERAPIST.password);
  const sync = new SyncPage(page);
  await sync.syncNow();
  const visit = new VisitPage(page);
  await visit.open(seeded.clientName);
  await visit.openRoom(door.roomName);
  await visit.openItem(escaped(door.prompt));
  await context.setOffline(true);
  const lateNote = 'Measured again after the visit: 27 in clear.';
  await page.getByLabel('Notes').fill(lateNote);

  // Meanwhile at the desk: the visit is completed and signed off.
  const pushAs = async (token: string, set: Record<string, unknown>) => {
    const answer = await request.post('/api/v1/sync', {
      headers: { authorization: `Bearer ${token}` },
      data: {
        deviceId: `desk-${stamp}-${String(set.status)}`,
        cursor: 0,
        push: [{ seq: 1, entity: 'assessment', id: seeded.assessmentId, set, at: Date.now() }],
        limit: 1,
      },
    });
    expect(await answer.json()).toMatchObject({ rejected: [] });
  };
  await pushAs(seeded.therapist.token, { status: 'complete' });
  const reviewerLogin = await request.post('/api/v1/auth/login', {
    data: { email: reviewer.email, password: reviewer.password },
  });
  await pushAs(((await reviewerLogin.json()) as { token: string }).token, { status: 'signed' });

  await context.setOffline(false);
  await sync.open();
  await page.getByRole('button', { name: 'Sync now' }).click();
  const refused = page.getByRole('region', { name: /Edits the server refused/ });
  await expect(refused).toContainText('This assessment is signed off');
  await expect(refused).toContainText(`Item answer: notes “${lateNote}”`);
  await expect(sync.badge).toHaveAccessibleName(/needs your review/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await visit.open(seeded.clientName);
  await expect(page.getByRole('region', { name: 'Sign-off' })).toContainText(reviewer.name);
});
