// A therapist writes their own assessments and those shared with the team; admins write all.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { newDevice, patch, setUpOrganization, sync, type TestDevice } from './support/sync-client';
import { addMember, type Member } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(databaseTargets())('assessment ownership on $name', (target) => {
  let running: TestServer;
  let admin: string;
  let owner: Member;
  let colleague: Member;
  let ownerDevice: TestDevice;
  let colleagueDevice: TestDevice;
  const assessmentId = randomUUID();
  const roomId = randomUUID();

  beforeAll(async () => {
    running = await startTestServer(target);
    admin = await setUpOrganization(running.baseUrl);
    owner = await addMember(running.baseUrl, admin, 'therapist', 'olu@riverside.example');
    colleague = await addMember(running.baseUrl, admin, 'therapist', 'cara@riverside.example');
    ownerDevice = newDevice(owner.token);
    colleagueDevice = newDevice(colleague.token);
    const created = await sync(running.baseUrl, ownerDevice, [
      patch(ownerDevice, 'assessment', assessmentId, { therapistId: owner.id, setting: 'home' }),
      patch(ownerDevice, 'room', roomId, { assessmentId, name: 'Kitchen' }),
    ]);
    expect(created.rejected).toEqual([]);
  });
  afterAll(async () => {
    await running?.close();
  });

  it("refuses a colleague's edits to an assessment that is not shared, and keeps the owner's", async () => {
    const answer = await sync(running.baseUrl, colleagueDevice, [
      patch(colleagueDevice, 'assessment', assessmentId, { summaryNotes: 'Mine now' }),
      patch(colleagueDevice, 'room', roomId, { name: 'Scullery' }),
      patch(colleagueDevice, 'finding', randomUUID(), { assessmentId, roomId, answer: 'ok' }),
      patch(colleagueDevice, 'assessment', assessmentId, { therapistId: colleague.id }),
      patch(colleagueDevice, 'comment', randomUUID(), { assessmentId, text: 'Looks right' }),
    ]);
    expect(answer.acked).toBe(5);
    expect(answer.rejected.map((rejection) => [rejection.seq, rejection.code])).toEqual([
      [1, 'not_owner'],
      [2, 'not_owner'],
      [3, 'not_owner'],
      [4, 'not_owner'],
    ]);
    expect(answer.rejected[0]?.message).toContain('not shared with the team');
    const room = answer.changes.find((change) => change.id === roomId);
    expect(room?.set.name).toBe('Kitchen');
  });

  it('lets a colleague work on it once the owner shares it, but not unshare or take it', async () => {
    const shared = await sync(running.baseUrl, ownerDevice, [
      patch(ownerDevice, 'assessment', assessmentId, { sharedWithTeam: true }),
    ]);
    expect(shared.rejected).toEqual([]);
    const answer = await sync(running.baseUrl, colleagueDevice, [
      patch(colleagueDevice, 'finding', randomUUID(), { assessmentId, roomId, answer: 'barrier' }),
      patch(colleagueDevice, 'assessment', assessmentId, { sharedWithTeam: false }),
      patch(colleagueDevice, 'assessment', assessmentId, { therapistId: colleague.id }),
    ]);
    expect(answer.rejected).toMatchObject([
      { seq: answer.acked - 1, code: 'not_owner', message: expect.stringContaining('share') },
      { seq: answer.acked, code: 'not_owner', message: expect.stringContaining('admin') },
    ]);
  });

  it('lets an admin hand an assessment to another therapist', async () => {
    const adminDevice = newDevice(admin);
    const handed = await sync(running.baseUrl, adminDevice, [
      patch(adminDevice, 'assessment', assessmentId, { therapistId: colleague.id }),
    ]);
    expect(handed.rejected).toEqual([]);
    const answer = await sync(running.baseUrl, colleagueDevice, [
      patch(colleagueDevice, 'assessment', assessmentId, { sharedWithTeam: false }),
    ]);
    expect(answer.rejected).toEqual([]);
  });
});
