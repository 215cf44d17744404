// The client profile fields for falls and function are checked by the server as by the device:
// yes/no for the STEADI questions, a list for the functional limitations, a date of birth.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from './support/databases';
import { newDevice, patch, pullAll, setUpOrganization, sync } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(databaseTargets())('client profile fields on $name', (target) => {
  let running: TestServer;
  let token: string;

  beforeAll(async () => {
    running = await startTestServer(target);
    token = await setUpOrganization(running.baseUrl);
  });
  afterAll(async () => {
    await running.close();
  });

  it('stores the STEADI answers as yes/no and reads an older client without them', async () => {
    const tablet = newDevice(token);
    const older = randomUUID();
    const screened = randomUUID();
    const answer = await sync(running.baseUrl, tablet, [
      patch(tablet, 'client', older, { name: 'Saved before the questions' }),
      patch(tablet, 'client', screened, {
        name: 'Screened',
        steadiFallenPastYear: true,
        steadiFeelsUnsteady: false,
        steadiWorriesAboutFalling: true,
      }),
    ]);
    expect(answer.rejected).toEqual([]);
    const changes = await pullAll(running.baseUrl, newDevice(token));
    expect(changes.find((change) => change.id === screened)?.set).toMatchObject({
      steadiFallenPastYear: true,
      steadiFeelsUnsteady: false,
    });
    expect(changes.find((change) => change.id === older)?.set).toEqual({
      name: 'Saved before the questions',
    });
  });

  it('refuses a STEADI answer that is not yes or no', async () => {
    const tablet = newDevice(token);
    const answer = await sync(running.baseUrl, tablet, [
      patch(tablet, 'client', randomUUID(), { steadiFallenPastYear: 'often' }),
    ]);
    expect(answer.rejected).toHaveLength(1);
  });

  it('stores functional limitations as a list and refuses a single word', async () => {
    const tablet = newDevice(token);
    const id = randomUUID();
    const stored = await sync(running.baseUrl, tablet, [
      patch(tablet, 'client', id, { functionalLimitations: ['balance', 'vision'] }),
    ]);
    expect(stored.rejected).toEqual([]);
    const refused = await sync(running.baseUrl, tablet, [
      patch(tablet, 'client', randomUUID(), { functionalLimitations: 'balance' }),
    ]);
    expect(refused.rejected).toHaveLength(1);
  });
});
