// Every API route under hostile and faulty requests, with and without valid tokens: never a 5xx,
// and the server still answers afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSender, type FuzzIds, type FuzzTokens, fuzzRequest } from './support/api-fuzz';
import { databaseTargets } from './support/databases';
import { requestJson } from './support/http';
import { setUpOrganization } from './support/sync-client';
import { addMember } from './support/team';
import { startTestServer, type TestServer } from './support/test-server';

/** Requests per database: a few thousand, and the run stays well under a minute. */
const FUZZ_RUNS = 3000;

describe.each(databaseTargets())('the API under fuzzing on $name', (target) => {
  let running: TestServer;
  let tokens: FuzzTokens;
  let ids: FuzzIds;
  beforeAll(async () => {
    running = await startTestServer(target, { SIGNUP: 'open' });
    const admin = await setUpOrganization(running.baseUrl);
    const reviewer = await addMember(running.baseUrl, admin, 'reviewer', 'rita@riverside.example');
    tokens = { admin, reviewer: reviewer.token };
    ids = { reviewerId: reviewer.id };
  });
  afterAll(async () => {
    await running?.close();
  });

  it(`answers ${FUZZ_RUNS} hostile requests to every route without a 5xx`, async () => {
    const sender = createSender(running.baseUrl);
    const serverErrors: string[] = [];
    let sent = 0;
    await fc
      .assert(
        fc.asyncProperty(fuzzRequest(tokens, ids), async (fuzz) => {
          sent += 1;
          const status = await sender.send(fuzz);
          if (status >= 500)
            serverErrors.push(`${status} ${fuzz.route}: ${fuzz.path.slice(0, 80)}`);
          // Fails at the first 5xx, so fast-check shrinks it to the smallest such request.
          expect(status).toBeLessThan(500);
        }),
        { numRuns: FUZZ_RUNS },
      )
      .finally(sender.close);
    console.info(`${target.name}: fuzzed ${sent} requests, ${serverErrors.length} answered 5xx`);
    expect(serverErrors).toEqual([]);
    const health = await requestJson(running.baseUrl, 'GET', '/api/v1/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', db: target.name } });
  }, 120_000);
});
