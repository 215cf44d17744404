// Every record rule held by the server against raw sync patches, as a member with a valid account
// would send them: ownership, the sign-off lock, amendments the server records, status steps,
// authorship and device ids bound to their user.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/sync/protocol';
import { databaseTargets } from './support/databases';
import {
  newDevice,
  patch,
  postSync,
  pullAll,
  setUpOrganization,
  sync,
  type TestDevice,
} from './support/sync-client';
import { addMember, type Member } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

/** The latest value of every field of one record, as a new device would read it. */
function recordOf(changes: readonly Change[], id: string): Record<string, unknown> {
  return Object.assign({}, ...changes.filter((change) => change.id === id).map((c) => c.set));
}

describe.each(databaseTargets())('record rules on $name', (target) => {
  let running: TestServer;
  let adminToken: string;
  let therapistA: Member;
  let therapistB: Member;
  let reviewer: Member;
  let deviceA: TestDevice;
  let deviceB: TestDevice;
  let reviewerDevice: TestDevice;
  const codesOf = (answer: { rejected: { seq: number; code: string }[] }) =>
    answer.rejected.map((rejection) => rejection.code);
  const read = async (id: string) =>
    recordOf(await pullAll(running.baseUrl, newDevice(adminToken)), id);

  /** A visit of therapist A: one kitchen with one finding that has no assessmentId of its own. */
  async function visitOfA() {
    const ids = { assessment: randomUUID(), room: randomUUID(), finding: randomUUID() };
    const answer = await sync(running.baseUrl, deviceA, [
      patch(deviceA, 'assessment', ids.assessment, { therapistId: therapistA.id, setting: 'home' }),
      patch(deviceA, 'room', ids.room, { assessmentId: ids.assessment, name: 'Kitchen' }),
      patch(deviceA, 'finding', ids.finding, {
        roomId: ids.room,
        itemId: 'door',
        answer: 'barrier',
      }),
    ]);
    expect(answer.rejected).toEqual([]);
    return ids;
  }

  /** A visit of A's, completed by A and signed off by the reviewer. */
  async function signedVisitOfA() {
    const ids = await visitOfA();
    const completed = await sync(running.baseUrl, deviceA, [
      patch(deviceA, 'assessment', ids.assessment, { status: 'complete' }),
    ]);
    const signed = await sync(running.baseUrl, reviewerDevice, [
      patch(reviewerDevice, 'assessment', ids.assessment, {
        status: 'signed',
        signedBy: reviewer.id,
      }),
    ]);
    expect([...completed.rejected, ...signed.rejected]).toEqual([]);
    return ids;
  }

  beforeAll(async () => {
    running = await startTestServer(target);
    adminToken = await setUpOrganization(running.baseUrl);
    therapistA = await addMember(running.baseUrl, adminToken, 'therapist', 'ana@riverside.example');
    therapistB = await addMember(running.baseUrl, adminToken, 'therapist', 'ben@riverside.example');
    reviewer = await addMember(running.baseUrl, adminToken, 'reviewer', 'rui@riverside.example');
    deviceA = newDevice(therapistA.token);
    deviceB = newDevice(therapistB.token);
    reviewerDevice = newDevice(reviewer.token);
  });
  afterAll(async () => {
    await running?.close();
  });

  describe('ownership', () => {
    it("refuses moving A's room into B's own assessment, and A's room stays A's", async () => {
      const ids = await visitOfA();
      const own = randomUUID();
      const answer = await sync(running.baseUrl, deviceB, [
        patch(deviceB, 'assessment', own, { therapistId: therapistB.id }),
        patch(deviceB, 'room', ids.room, { assessmentId: own, name: 'Taken' }),
        patch(deviceB, 'finding', ids.finding, { assessmentId: own, notes: 'Rewritten' }),
      ]);
      expect(codesOf(answer)).toEqual(['not_owner', 'not_owner']);
      expect(await read(ids.room)).toMatchObject({ assessmentId: ids.assessment, name: 'Kitchen' });
      expect(await read(ids.finding)).not.toHaveProperty('notes');
    });

    it('judges records with no assessmentId by what they hang from', async () => {
      const ids = await visitOfA();
      const intervention = randomUUID();
      const answer = await sync(running.baseUrl, deviceB, [
        patch(deviceB, 'finding', ids.finding, { notes: 'Rewritten' }),
        patch(deviceB, 'intervention', intervention, { findingId: ids.finding, title: 'Ramp' }),
        patch(deviceB, 'photo', randomUUID(), { ownerEntity: 'room', ownerId: ids.room }),
      ]);
      expect(codesOf(answer)).toEqual(['not_owner', 'not_owner', 'not_owner']);
    });

    it('refuses a record pointing at records of two assessments', async () => {
      const ids = await visitOfA();
      const other = await visitOfA();
      const answer = await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'finding', randomUUID(), {
          assessmentId: other.assessment,
          roomId: ids.room,
        }),
      ]);
      expect(answer.rejected).toMatchObject([
        { code: 'not_owner', message: expect.stringContaining('different') },
      ]);
    });
  });

  describe('the sign-off lock', () => {
    it("refuses the owner's edits of a signed assessment and its parts without an amendment", async () => {
      const ids = await signedVisitOfA();
      const answer = await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'assessment', ids.assessment, { summaryNotes: 'After the fact' }),
        patch(deviceA, 'finding', ids.finding, { answer: 'ok' }),
        patch(deviceA, 'room', randomUUID(), { assessmentId: ids.assessment, name: 'Hall' }),
        patch(deviceA, 'assessment', ids.assessment, { status: 'draft' }),
      ]);
      expect(codesOf(answer)).toEqual(['signed', 'signed', 'signed', 'transition']);
      const byReviewer = await sync(running.baseUrl, reviewerDevice, [
        patch(reviewerDevice, 'assessment', ids.assessment, { status: 'draft' }),
      ]);
      expect(codesOf(byReviewer)).toEqual(['transition']);
      expect(await read(ids.finding)).toMatchObject({ answer: 'barrier' });
      expect(await read(ids.assessment)).toMatchObject({ status: 'signed' });
    });

    it('refuses a therapist signing off their own assessment', async () => {
      const ids = await visitOfA();
      const answer = await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'assessment', ids.assessment, { status: 'complete' }),
        patch(deviceA, 'assessment', ids.assessment, { status: 'signed', signedBy: therapistA.id }),
      ]);
      expect(codesOf(answer)).toEqual(['own_sign_off']);
    });

    it('takes an edit through an open amendment and records its before and after itself', async () => {
      const ids = await signedVisitOfA();
      const amendment = randomUUID();
      const answer = await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'amendment', amendment, {
          assessmentId: ids.assessment,
          reason: 'Re-measured',
        }),
        patch(deviceA, 'finding', ids.finding, { answer: 'ok' }),
        patch(deviceA, 'amendment', amendment, { closedAt: Date.now() }),
        patch(deviceA, 'finding', ids.finding, { answer: 'na' }),
      ]);
      expect(codesOf(answer)).toEqual(['signed']);
      const recorded = await read(amendment);
      expect(recorded).toMatchObject({
        authorId: therapistA.id,
        authorName: `therapist ${therapistA.email}`,
      });
      expect(recorded.changes).toEqual([
        {
          entity: 'finding',
          id: ids.finding,
          field: 'answer',
          before: 'barrier',
          after: 'ok',
          at: expect.any(Number),
        },
      ]);
      const forged = await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'amendment', randomUUID(), {
          assessmentId: ids.assessment,
          reason: 'x',
          changes: [{ entity: 'finding' }],
        }),
      ]);
      expect(codesOf(forged)).toEqual(['read_only_field']);
    });

    it("does not let one person's amendment open the assessment to others", async () => {
      const ids = await signedVisitOfA();
      const opened = await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'assessment', ids.assessment, { sharedWithTeam: true }),
        patch(deviceA, 'amendment', randomUUID(), { assessmentId: ids.assessment, reason: 'Typo' }),
      ]);
      expect(opened.rejected).toEqual([]);
      const answer = await sync(running.baseUrl, deviceB, [
        patch(deviceB, 'finding', ids.finding, { notes: 'Sneaked in' }),
      ]);
      expect(codesOf(answer)).toEqual(['signed']);
    });
  });

  describe("other people's words", () => {
    it("refuses B rewriting a reviewer's comment but lets B resolve it", async () => {
      const ids = await visitOfA();
      const comment = randomUUID();
      await sync(running.baseUrl, reviewerDevice, [
        patch(reviewerDevice, 'comment', comment, {
          assessmentId: ids.assessment,
          text: 'Check the rail',
        }),
      ]);
      const answer = await sync(running.baseUrl, deviceB, [
        patch(deviceB, 'comment', comment, { text: 'All fine' }),
        patch(deviceB, 'comment', comment, { resolved: true }),
      ]);
      expect(codesOf(answer)).toEqual(['not_author']);
      expect(await read(comment)).toMatchObject({
        text: 'Check the rail',
        authorId: reviewer.id,
        resolved: true,
      });
    });

    it("records a sign-off under the signer's real name whatever name the patch gives", async () => {
      const ids = await visitOfA();
      await sync(running.baseUrl, deviceA, [
        patch(deviceA, 'assessment', ids.assessment, { status: 'complete' }),
      ]);
      const answer = await sync(running.baseUrl, reviewerDevice, [
        patch(reviewerDevice, 'assessment', ids.assessment, {
          status: 'signed',
          signedByName: 'Dr Somebody Else',
        }),
      ]);
      expect(answer.rejected).toEqual([]);
      expect(await read(ids.assessment)).toMatchObject({
        signedBy: reviewer.id,
        signedByName: `reviewer ${reviewer.email}`,
      });
    });
  });

  describe('devices bound to their user', () => {
    it("refuses B pushing or pulling under A's device id, and A's tablet goes on syncing", async () => {
      const tablet = newDevice(therapistA.token);
      const first = await sync(running.baseUrl, tablet, [
        patch(tablet, 'client', randomUUID(), { name: 'Ana Lima' }),
      ]);
      expect(first.rejected).toEqual([]);
      const impostor: TestDevice = { ...tablet, token: therapistB.token };
      const pushed = await postSync(running.baseUrl, impostor, [
        {
          seq: tablet.nextSeq,
          entity: 'client',
          id: randomUUID(),
          set: { name: 'Forged' },
          at: Date.now(),
        },
      ]);
      expect(pushed).toMatchObject({ status: 403, body: { code: 'device_owner' } });
      const pulled = await postSync(running.baseUrl, impostor, []);
      expect(pulled).toMatchObject({ status: 403, body: { code: 'device_owner' } });
      const next = await sync(running.baseUrl, tablet, [
        patch(tablet, 'client', randomUUID(), { name: 'Ben Ode' }),
      ]);
      expect(next).toMatchObject({ acked: 2, rejected: [] });
    });
  });
});
