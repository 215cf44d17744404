// The visit's date and type are the therapist's to correct until sign-off, and no longer after it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/sync/protocol';
import { databaseTargets } from './support/databases';
import {
  newDevice,
  patch,
  pullAll,
  setUpOrganization,
  sync,
  type TestDevice,
} from './support/sync-client';
import { addMember } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

function recordOf(changes: readonly Change[], id: string): Record<string, unknown> {
  return Object.assign({}, ...changes.filter((change) => change.id === id).map((c) => c.set));
}

describe.each(databaseTargets())('visit date and type on $name', (target) => {
  let running: TestServer;
  let adminToken: string;
  let therapist: TestDevice;
  let reviewer: TestDevice;
  let reviewerId: string;

  async function draftVisit(): Promise<string> {
    const id = randomUUID();
    const answer = await sync(running.baseUrl, therapist, [
      patch(therapist, 'assessment', id, { date: '2026-03-02', type: 'initial', status: 'draft' }),
    ]);
    expect(answer.rejected).toEqual([]);
    return id;
  }

  beforeAll(async () => {
    running = await startTestServer(target);
    adminToken = await setUpOrganization(running.baseUrl);
    const ana = await addMember(running.baseUrl, adminToken, 'therapist', 'ana@example.org');
    const rui = await addMember(running.baseUrl, adminToken, 'reviewer', 'rui@example.org');
    therapist = newDevice(ana.token);
    reviewer = newDevice(rui.token);
    reviewerId = rui.id;
  });
  afterAll(async () => {
    await running?.close();
  });

  it('takes a corrected date and type on a draft and on a completed visit', async () => {
    const id = await draftVisit();
    const onDraft = await sync(running.baseUrl, therapist, [
      patch(therapist, 'assessment', id, { date: '2026-03-03', type: 'follow-up' }),
      patch(therapist, 'assessment', id, { status: 'complete' }),
      patch(therapist, 'assessment', id, { date: '2026-03-04' }),
    ]);
    expect(onDraft.rejected).toEqual([]);
    const stored = recordOf(await pullAll(running.baseUrl, newDevice(adminToken)), id);
    expect(stored).toMatchObject({ date: '2026-03-04', type: 'follow-up' });
  });

  it('refuses changing the date or type of a signed visit', async () => {
    const id = await draftVisit();
    await sync(running.baseUrl, therapist, [
      patch(therapist, 'assessment', id, { status: 'complete' }),
    ]);
    const signed = await sync(running.baseUrl, reviewer, [
      patch(reviewer, 'assessment', id, { status: 'signed', signedBy: reviewerId }),
    ]);
    expect(signed.rejected).toEqual([]);
    const answer = await sync(running.baseUrl, therapist, [
      patch(therapist, 'assessment', id, { date: '2026-03-05' }),
      patch(therapist, 'assessment', id, { type: 'follow-up' }),
    ]);
    expect(answer.rejected.map((rejection) => rejection.code)).toEqual(['signed', 'signed']);
    const stored = recordOf(await pullAll(running.baseUrl, newDevice(adminToken)), id);
    expect(stored).toMatchObject({ date: '2026-03-02', type: 'initial' });
  });
});
