// Hostile bodies for sync and photos: never a 500, nothing half-written, text stored verbatim.
import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_NAMES, PHOTO_MAX_BYTES } from '../../src/domain/entities';
import { SYNC_BODY_LIMIT_BYTES, type SyncResponse } from '../../src/sync/protocol';
import { databaseTargets } from './support/databases';
import { requestJson } from './support/http';
import { newDevice, patch, pullAll, setUpOrganization, sync } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const NASTY_TEXT = [
  "Robert'); DROP TABLE records;--",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '"; select pg_sleep(1); --',
  '\u0000\u202e\ud83d\ude00',
];
const nastyString = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
/** JSON text nested `depth` levels deep, built as text so no test code recurses over it. */
const nestedText = (depth: number) => `${'[{"a":'.repeat(depth)}1${'}]'.repeat(depth)}`;
const deeplyNested = fc.integer({ min: 1, max: 5000 });
const fieldValue = fc.oneof(nastyString, fc.jsonValue(), fc.constant('x'.repeat(10_001)));
const rawPatch = fc.record(
  {
    seq: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.anything()),
    entity: fc.oneof(fc.constantFrom(...ENTITY_NAMES), nastyString),
    id: fc.oneof(
      fc.uuid().map((id) => id.toLowerCase()),
      nastyString,
    ),
    set: fc.oneof(
      fc.dictionary(fc.constantFrom('name', 'notes', 'text', 'status', 'x'), fieldValue),
      fc.anything(),
    ),
    base: fc.oneof(fc.dictionary(fc.string(), fc.integer()), fc.anything()),
    at: fc.oneof(fc.integer({ min: 0, max: Date.now() }), fc.double(), fc.anything()),
  },
  { requiredKeys: ['seq'] },
);
/** Sync bodies as JSON text: requests with hostile patches, any JSON, and deep nesting. */
const syncBodyText = fc.oneof(
  fc
    .record({
      deviceId: fc.oneof(fc.uuid(), nastyString),
      cursor: fc.oneof(fc.nat(), fc.anything()),
      push: fc.array(rawPatch, { maxLength: 5 }),
    })
    .map((body) => JSON.stringify(body)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
  deeplyNested.map(nestedText),
  fc
    .tuple(fc.uuid(), deeplyNested)
    .map(
      ([id, depth]) =>
        `{"deviceId":"deep","cursor":0,"push":[{"seq":1,"entity":"client","id":"${id.toLowerCase()}","set":{"notes":${nestedText(depth)}},"base":{},"at":1}]}`,
    ),
);
const HEX_DIGIT = fc.constantFrom(...'0123456789abcdef');

describe.each(databaseTargets())('hostile input on $name', (target) => {
  let running: TestServer;
  let token: string;
  beforeAll(async () => {
    running = await startTestServer(target);
    token = await setUpOrganization(running.baseUrl);
  });
  afterAll(async () => {
    await running?.close();
  });

  const changeCount = async () =>
    Number(
      (
        await running.testDatabase.database.db
          .selectFrom('changes')
          .select((select) => select.fn.countAll().as('count'))
          .executeTakeFirstOrThrow()
      ).count,
    );

  /** The device's last processed seq before a request, read from the body's deviceId if any. */
  const lastProcessedSeq = async (text: string): Promise<number> => {
    let deviceId: unknown;
    try {
      deviceId = (JSON.parse(text) as { deviceId?: unknown }).deviceId;
    } catch {
      return 0;
    }
    // A device id the server would refuse (400) has processed nothing; never query with it.
    if (typeof deviceId !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(deviceId)) return 0;
    const row = await running.testDatabase.database.db
      .selectFrom('devices')
      .select('last_seq')
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return row?.last_seq ?? 0;
  };

  it('answers any sync body without a 500 and writes only what it acknowledged', async () => {
    await fc.assert(
      fc.asyncProperty(syncBodyText, async (text) => {
        const before = await changeCount();
        const ackedBefore = await lastProcessedSeq(text);
        const response = await requestJson(running.baseUrl, 'POST', '/api/v1/sync', {
          token,
          rawBody: text,
        });
        expect(response.status).toBeLessThan(500);
        const grown = (await changeCount()) - before;
        if (response.status !== 200) expect(grown).toBe(0);
        else {
          const answer = response.body as SyncResponse;
          // Only patches this request processed count: a device id may repeat across runs.
          const processed = answer.acked - ackedBefore;
          const rejected = answer.rejected.filter(
            (item) => item.seq > ackedBefore && item.seq <= answer.acked,
          ).length;
          expect(grown).toBeGreaterThanOrEqual(processed - rejected);
          expect(grown).toBeLessThanOrEqual(2 * (processed - rejected));
        }
      }),
      { numRuns: 150 },
    );
    expect((await requestJson(running.baseUrl, 'GET', '/api/v1/health')).status).toBe(200);
  });

  it('answers any photo upload without a 500 and stores only bytes matching their hash', async () => {
    const upload = fc.record({
      bytes: fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc
          .uint8Array({ maxLength: 200 })
          .map((tail) => new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...tail])),
      ),
      contentType: fc.constantFrom(
        'image/png',
        'image/jpeg',
        'image/webp',
        'text/html',
        'application/json',
      ),
      hash: fc.option(
        fc.oneof(fc.string({ unit: HEX_DIGIT, minLength: 64, maxLength: 64 }), nastyString),
      ),
    });
    await fc.assert(
      fc.asyncProperty(upload, async ({ bytes, contentType, hash }) => {
        const real = createHash('sha256').update(bytes).digest('hex');
        const address = encodeURIComponent(hash ?? real);
        const response = await fetch(`${running.baseUrl}/api/v1/blobs/${address}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
          body: bytes,
        });
        expect(response.status).toBeLessThan(500);
        if (response.status === 201 || response.status === 200) expect(hash ?? real).toBe(real);
      }),
      { numRuns: 100 },
    );
    const stored = await running.testDatabase.database.db.selectFrom('blobs').selectAll().execute();
    for (const row of stored)
      expect(createHash('sha256').update(row.bytes).digest('hex')).toBe(row.sha256);
    expect((await requestJson(running.baseUrl, 'GET', '/api/v1/health')).status).toBe(200);
  });

  it('answers bodies over their limits with 413 body_too_large and stores nothing', async () => {
    const before = await changeCount();
    const huge = 'x'.repeat(SYNC_BODY_LIMIT_BYTES);
    const overSync = await requestJson(running.baseUrl, 'POST', '/api/v1/sync', {
      token,
      body: { deviceId: 'big', cursor: 0, push: [{ seq: 1, set: { notes: huge } }] },
    });
    expect(overSync).toMatchObject({ status: 413, body: { code: 'body_too_large' } });
    const photo = new Uint8Array(PHOTO_MAX_BYTES + 1);
    const overPhoto = await fetch(`${running.baseUrl}/api/v1/blobs/${'a'.repeat(64)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
      body: photo,
    });
    expect(overPhoto.status).toBe(413);
    expect(await overPhoto.json()).toMatchObject({ code: 'body_too_large' });
    expect(await changeCount()).toBe(before);
  });

  it('refuses each patch whose edit time is not a safe whole number, and applies the rest', async () => {
    const writer = newDevice(token);
    const times = [1.5, -1, 2 ** 53, 1e300, Date.now()];
    const push = times.map((at) => ({
      ...patch(writer, 'room', randomUUID(), { name: 'Hall' }),
      at,
    }));
    const answer = await sync(running.baseUrl, writer, push);
    expect(answer.acked).toBe(times.length);
    expect(answer.rejected.map((rejection) => [rejection.seq, rejection.code])).toEqual([
      [1, 'wrong_type'],
      [2, 'out_of_range'],
      [3, 'out_of_range'],
      [4, 'out_of_range'],
    ]);
    expect(answer.changes.filter((change) => change.deviceId === writer.deviceId)).toHaveLength(1);
  });

  it('refuses requests whose seq, cursor or limit is not a safe whole number with 400', async () => {
    const bodies = [
      { deviceId: 'numbers', cursor: 0, push: [{ seq: 1.5 }] },
      { deviceId: 'numbers', cursor: 0.5, push: [] },
      { deviceId: 'numbers', cursor: 2 ** 53, push: [] },
      { deviceId: 'numbers', cursor: 0, push: [], limit: 2.5 },
      { deviceId: 'numbers', cursor: 0, push: [{ seq: 2 ** 63 }] },
    ];
    for (const body of bodies) {
      const response = await requestJson(running.baseUrl, 'POST', '/api/v1/sync', { token, body });
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
  });

  it('stores SQL metacharacters and markup verbatim and returns them through sync', async () => {
    const writer = newDevice(token);
    const clientId = randomUUID();
    const [name, notes] = [NASTY_TEXT[0] ?? '', NASTY_TEXT[2] ?? ''];
    const answer = await sync(running.baseUrl, writer, [
      patch(writer, 'client', clientId, { name, notes }),
    ]);
    expect(answer.rejected).toEqual([]);
    const seen = await pullAll(running.baseUrl, newDevice(token));
    const client = seen.find((change) => change.id === clientId);
    expect(client?.set).toMatchObject({ name, notes });
  });
});
