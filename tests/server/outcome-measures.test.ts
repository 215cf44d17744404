// The outcome measures' values held by the server whatever a device sends: Goal Attainment
// Scaling levels, falls, the Short FES-I and Timed Up and Go. A refused patch saves none of its
// fields, so a measure is never stored half.
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

describe.each(databaseTargets())('outcome measures on $name', (target) => {
  let running: TestServer;
  let adminToken: string;
  let device: TestDevice;
  let assessmentId: string;
  const read = async (id: string) =>
    recordOf(await pullAll(running.baseUrl, newDevice(adminToken)), id);
  const push = async (entity: string, id: string, set: Record<string, unknown>) => {
    const answer = await sync(running.baseUrl, device, [patch(device, entity, id, set)]);
    return answer.rejected.map((rejection) => [rejection.code, rejection.message]);
  };

  beforeAll(async () => {
    running = await startTestServer(target);
    adminToken = await setUpOrganization(running.baseUrl);
    const therapist = await addMember(
      running.baseUrl,
      adminToken,
      'therapist',
      'gas@river.example',
    );
    device = newDevice(therapist.token);
    assessmentId = randomUUID();
    const answer = await sync(running.baseUrl, device, [
      patch(device, 'assessment', assessmentId, { therapistId: therapist.id, setting: 'home' }),
    ]);
    expect(answer.rejected).toEqual([]);
  });
  afterAll(async () => {
    await running?.close();
  });

  describe('Goal Attainment Scaling', () => {
    it('keeps a goal scaled -2..+2 with who rated it', async () => {
      const goal = randomUUID();
      const fields = {
        assessmentId,
        activity: 'Shower',
        importance: 8,
        gasExpected: 'Showers seated with a rail',
        gasBaselineLevel: -1,
        gasLevel: 2,
        gasRatedBy: 'client',
      };
      expect(await push('goal', goal, fields)).toEqual([]);
      expect(await read(goal)).toMatchObject(fields);
    });

    it('refuses a level outside -2..+2 with the reason, and saves none of the patch', async () => {
      const goal = randomUUID();
      const refused = await push('goal', goal, { assessmentId, activity: 'Stairs', gasLevel: 3 });
      expect(refused).toEqual([['out_of_range', 'goal.gasLevel is 3; it must be -2 to 2.']]);
      const below = await push('goal', goal, { assessmentId, gasBaselineLevel: -3 });
      expect(below.map(([code]) => code)).toEqual(['out_of_range']);
      const rater = await push('goal', goal, { assessmentId, gasRatedBy: 'neighbour' });
      expect(rater.map(([code]) => code)).toEqual(['not_an_option']);
      expect(await read(goal)).toEqual({});
    });
  });

  describe('falls, Short FES-I and Timed Up and Go', () => {
    const fesI = (...answers: number[]) =>
      Object.fromEntries(answers.map((answer, index) => [`fesI${index + 1}`, answer]));

    it('keeps a whole FES-I with its total, the falls and a TUG with its aid', async () => {
      const fields = {
        fallsSinceLastVisit: 2,
        fallsWithInjury: 1,
        ...fesI(2, 3, 1, 4, 2, 2, 1),
        fesTotal: 15,
        tugSeconds: 14.2,
        tugAid: 'walker',
      };
      expect(await push('assessment', assessmentId, fields)).toEqual([]);
      expect(await read(assessmentId)).toMatchObject(fields);
    });

    it('refuses a TUG of 0 or over 10 minutes, and answers outside 1-4, saving nothing of them', async () => {
      const zero = await push('assessment', assessmentId, { tugSeconds: 0, tugAid: 'none' });
      expect(zero).toEqual([['out_of_range', 'assessment.tugSeconds is 0; it must be 1 to 600.']]);
      const long = await push('assessment', assessmentId, { tugSeconds: 601 });
      expect(long.map(([code]) => code)).toEqual(['out_of_range']);
      const answer = await push('assessment', assessmentId, {
        ...fesI(2, 3, 1, 4, 2, 2, 5),
        fesTotal: 19,
      });
      expect(answer.map(([code]) => code)).toEqual(['out_of_range']);
      expect(await read(assessmentId)).toMatchObject({
        tugSeconds: 14.2,
        tugAid: 'walker',
        fesI7: 1,
      });
    });

    it('refuses a FES-I saved half or with a wrong total, and more injurious falls than falls', async () => {
      const half = await push('assessment', assessmentId, { fesI1: 4, fesTotal: 18 });
      expect(half).toEqual([
        ['inconsistent', 'The Short FES-I total is 18, but its items add up to 17.'],
      ]);
      const cleared = await push('assessment', assessmentId, { fesI1: null });
      expect(cleared.map(([code]) => code)).toEqual(['inconsistent']);
      const falls = await push('assessment', assessmentId, { fallsWithInjury: 3 });
      expect(falls).toEqual([
        ['inconsistent', '3 falls with an injury is more than the 2 falls recorded.'],
      ]);
      expect(await read(assessmentId)).toMatchObject({
        fesI1: 2,
        fesTotal: 15,
        fallsWithInjury: 1,
      });
    });
  });
});
