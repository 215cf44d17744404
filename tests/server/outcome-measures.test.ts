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
});
