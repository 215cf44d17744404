// The organization's standard profile over real sync: only an admin sets it, every device pulls it,
// a therapist's visit records its own standard, and an unknown profile is refused with a reason.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  standardProfileFields,
  standardProfileSettingId,
} from '../../src/domain/organization-settings';
import { databaseTargets } from './support/databases';
import { newDevice, patch, pullAll, setUpOrganization, sync } from './support/sync-client';
import { addMember, type Member } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(databaseTargets())('the standard profile on $name', (target) => {
  let running: TestServer;
  let adminToken: string;
  let therapist: Member;

  beforeAll(async () => {
    running = await startTestServer(target);
    adminToken = await setUpOrganization(running.baseUrl);
    therapist = await addMember(running.baseUrl, adminToken, 'therapist', 'tia@riverside.example');
  });
  afterAll(async () => {
    await running?.close();
  });

  it("refuses a therapist's choice of the organization's standard", async () => {
    const device = newDevice(therapist.token);
    const answer = await sync(running.baseUrl, device, [
      patch(device, 'setting', standardProfileSettingId(), standardProfileFields('au')),
    ]);
    expect(answer.rejected.map((rejection) => rejection.code)).toEqual(['forbidden']);
  });

  it("takes an admin's choice and gives it to a therapist's new device", async () => {
    const admin = newDevice(adminToken);
    const answer = await sync(running.baseUrl, admin, [
      patch(admin, 'setting', standardProfileSettingId(), standardProfileFields('au')),
    ]);
    expect(answer.rejected).toEqual([]);
    const changes = await pullAll(running.baseUrl, newDevice(therapist.token));
    const setting = changes.filter((change) => change.id === standardProfileSettingId());
    expect(Object.assign({}, ...setting.map((change) => change.set))).toMatchObject({
      key: 'standards.profile',
      value: 'au',
      scope: 'organization',
    });
  });

  it("records a visit's own standard, and refuses one that is no profile", async () => {
    const device = newDevice(therapist.token);
    const answer = await sync(running.baseUrl, device, [
      patch(device, 'assessment', randomUUID(), { therapistId: therapist.id, standard: 'uk' }),
      patch(device, 'assessment', randomUUID(), { therapistId: therapist.id, standard: 'mars' }),
    ]);
    expect(answer.rejected.map((rejection) => rejection.code)).toEqual(['not_an_option']);
    expect(answer.rejected[0]?.message).toContain('assessment.standard');
  });
});
