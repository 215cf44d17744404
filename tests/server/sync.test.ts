// POST /api/v1/sync over HTTP on every configured database: order, idempotency, conflicts, paging.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, SyncResponse } from '../../src/sync/protocol';
import { canonicalJson } from '../../src/sync/server-rules';
import { databaseTargets } from './support/databases';
import { requestJson } from './support/http';
import {
  newDevice,
  patch,
  postSync,
  pullAll,
  setUpOrganization,
  sync,
} from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(databaseTargets())('sync on $name', (target) => {
  let running: TestServer;
  let baseUrl: string;
  let token: string;
  beforeEach(async () => {
    running = await startTestServer(target);
    baseUrl = running.baseUrl;
    token = await setUpOrganization(baseUrl);
  });
  afterEach(async () => {
    await running.close();
  });

  it('acknowledges a pushed edit and returns it to another device', async () => {
    const tablet = newDevice(token);
    const clientId = randomUUID();
    const pushed = await sync(baseUrl, tablet, [
      patch(tablet, 'client', clientId, { name: 'Mrs Alvarez' }),
    ]);
    expect(pushed.acked).toBe(1);
    expect(pushed.rejected).toEqual([]);
    const desktop = newDevice(token);
    const changes = await pullAll(baseUrl, desktop);
    expect(changes).toEqual([
      expect.objectContaining({ entity: 'client', id: clientId, set: { name: 'Mrs Alvarez' } }),
    ]);
  });

  it('applies the same push sent twice only once', async () => {
    const tablet = newDevice(token);
    const edit = patch(tablet, 'room', randomUUID(), { name: 'Bathroom' });
    const first = await postSync(baseUrl, tablet, [edit]);
    const second = await postSync(baseUrl, tablet, [edit]);
    expect((second.body as SyncResponse).acked).toBe((first.body as SyncResponse).acked);
    expect(await pullAll(baseUrl, newDevice(token))).toHaveLength(1);
  });

  it('refuses a repeated seq with different content as duplicate_mismatch', async () => {
    const tablet = newDevice(token);
    const id = randomUUID();
    await sync(baseUrl, tablet, [patch(tablet, 'room', id, { name: 'Bathroom' })]);
    const altered = {
      seq: 1,
      entity: 'room',
      id,
      set: { name: 'Kitchen' },
      base: { name: 0 },
      at: Date.now(),
    };
    const response = await sync(baseUrl, tablet, [altered]);
    expect(response.rejected).toEqual([
      expect.objectContaining({ seq: 1, code: 'duplicate_mismatch' }),
    ]);
  });

  it('keeps a digest of each received patch to recognize a repeat, not the words in it', async () => {
    const tablet = newDevice(token);
    const notes = 'Client reports two falls on the back step this winter';
    const edit = patch(tablet, 'room', randomUUID(), { name: 'Kitchen', notes });
    await sync(baseUrl, tablet, [edit]);
    const { db } = running.testDatabase.database;
    const kept = await db.selectFrom('processed_patches').select('digest').execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]?.digest).not.toContain('falls');
    const resent = await postSync(baseUrl, tablet, [edit]);
    expect((resent.body as SyncResponse).rejected).toEqual([]);
  });

  it('still recognizes repeats of patches received before digests were hashed', async () => {
    const tablet = newDevice(token);
    const edit = patch(tablet, 'room', randomUUID(), { name: 'Kitchen' });
    await sync(baseUrl, tablet, [edit]);
    const { db } = running.testDatabase.database;
    await db
      .updateTable('processed_patches')
      .set({ digest: canonicalJson(edit) })
      .execute();
    expect((await postSync(baseUrl, tablet, [edit])).body).toMatchObject({ rejected: [] });
    const altered = { ...edit, set: { name: 'Hall' } };
    const response = (await postSync(baseUrl, tablet, [altered])).body as SyncResponse;
    expect(response.rejected).toEqual([
      expect.objectContaining({ seq: edit.seq, code: 'duplicate_mismatch' }),
    ]);
  });

  it('refuses a patch past the next seq as a gap and applies nothing after it', async () => {
    const tablet = newDevice(token);
    tablet.nextSeq = 3;
    const response = await sync(baseUrl, tablet, [
      patch(tablet, 'room', randomUUID(), { name: 'Hall' }),
    ]);
    expect(response.acked).toBe(0);
    expect(response.rejected).toEqual([expect.objectContaining({ seq: 3, code: 'gap' })]);
  });

  it('rejects an invalid patch with its reason, counts it processed, and says so again on resend', async () => {
    const tablet = newDevice(token);
    const bad = patch(tablet, 'room', randomUUID(), { colour: 'blue' });
    const good = patch(tablet, 'room', randomUUID(), { name: 'Hall' });
    const first = await sync(baseUrl, tablet, [bad, good]);
    expect(first.acked).toBe(2);
    expect(first.rejected).toEqual([expect.objectContaining({ seq: 1, code: 'unknown_field' })]);
    const again = await sync(baseUrl, tablet, [bad, good]);
    expect(again.rejected).toEqual(first.rejected);
  });

  it.each([
    ['unknown entity', { entity: 'spaceship', set: { name: 'x' } }, 'unknown_entity'],
    ['wrong type', { entity: 'room', set: { name: 42 } }, 'wrong_type'],
    ['text over its limit', { entity: 'finding', set: { notes: 'x'.repeat(10_001) } }, 'too_long'],
    [
      'clock a day ahead',
      { entity: 'room', set: { name: 'x' }, at: Date.now() + 25 * 3600_000 },
      'clock_ahead',
    ],
  ])('rejects a patch with %s', async (_label, fields, code) => {
    const tablet = newDevice(token);
    const raw = { ...patch(tablet, 'room', randomUUID(), { name: 'x' }), ...fields };
    const response = await sync(baseUrl, tablet, [raw]);
    expect(response.rejected).toEqual([expect.objectContaining({ code })]);
    expect(await pullAll(baseUrl, newDevice(token))).toEqual([]);
  });

  it('keeps the overwritten value in a conflict record when two devices edit the same field', async () => {
    const tablet = newDevice(token);
    const desktop = newDevice(token);
    const id = randomUUID();
    const created = await sync(baseUrl, tablet, [
      patch(tablet, 'finding', id, { notes: 'Loose rug' }),
    ]);
    const version = created.cursor;
    await sync(baseUrl, tablet, [
      patch(tablet, 'finding', id, { notes: 'Loose rug in hall' }, { notes: version }),
    ]);
    await sync(baseUrl, desktop, [
      patch(desktop, 'finding', id, { notes: 'Rug removed' }, { notes: version }),
    ]);
    const changes = await pullAll(baseUrl, newDevice(token));
    const finding = changes.find((change) => change.entity === 'finding');
    const conflict = changes.find((change) => change.entity === 'conflict');
    expect(finding?.set.notes).toBe('Rug removed');
    expect(conflict?.set).toMatchObject({
      recordId: id,
      field: 'notes',
      keptValue: 'Rug removed',
      overwrittenValue: 'Loose rug in hall',
    });
  });

  it('serves a new device one change per record, not the whole history', async () => {
    const tablet = newDevice(token);
    const id = randomUUID();
    for (let round = 0; round < 5; round += 1) {
      await sync(baseUrl, tablet, [
        patch(tablet, 'client', id, { name: `Name ${round}` }, { name: tablet.cursor }),
      ]);
    }
    const changes = await pullAll(baseUrl, newDevice(token));
    expect(changes).toEqual([expect.objectContaining({ id, set: { name: 'Name 4' } })]);
  });

  it('pages the change log with limit and never skips a change', async () => {
    const tablet = newDevice(token);
    const reader = newDevice(token);
    await pullAll(baseUrl, reader);
    const pushes = Array.from({ length: 7 }, (_, index) =>
      patch(tablet, 'room', randomUUID(), { name: `Room ${index}` }),
    );
    await sync(baseUrl, tablet, pushes);
    const pages: Change[][] = [];
    for (;;) {
      const page = await sync(baseUrl, reader, [], { limit: 3 });
      pages.push(page.changes);
      if (!page.more) break;
    }
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    const seqs = pages.flat().map((change) => change.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(7);
  });

  it('gives contiguous seqs when devices push at the same time', async () => {
    const devices = Array.from({ length: 5 }, () => newDevice(token));
    await Promise.all(
      devices.map((device) =>
        sync(
          baseUrl,
          device,
          Array.from({ length: 4 }, () => patch(device, 'room', randomUUID(), { name: 'Room' })),
        ),
      ),
    );
    const { changes } = await sync(baseUrl, newDevice(token), [], { limit: 1000 });
    expect(changes.map((change) => change.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 1),
    );
  });

  it('keeps each organization’s records to itself, even under the same record id', async () => {
    await running.close();
    running = await startTestServer(target, { SIGNUP: 'open' });
    baseUrl = running.baseUrl;
    const ownToken = await setUpOrganization(baseUrl);
    const signup = await requestJson(baseUrl, 'POST', '/api/v1/signup', {
      body: {
        organization: 'Hilltop OT',
        name: 'Ann',
        email: 'ann@hilltop.example',
        password: 'another long password',
      },
    });
    const otherToken = (signup.body as { token: string }).token;
    const ours = newDevice(ownToken);
    const theirs = newDevice(otherToken);
    const sharedId = randomUUID();
    await sync(baseUrl, ours, [patch(ours, 'client', sharedId, { name: 'Mrs Alvarez' })]);
    expect(await pullAll(baseUrl, newDevice(otherToken))).toEqual([]);
    await sync(baseUrl, theirs, [patch(theirs, 'client', sharedId, { name: 'Someone else' })]);
    const ourView = await pullAll(baseUrl, newDevice(ownToken));
    expect(ourView.map((change) => change.set.name)).toEqual(['Mrs Alvarez']);
    expect(ourView.some((change) => change.entity === 'conflict')).toBe(false);
  });

  it('rejects patches with a NUL character in the id or a field name, and stores nothing', async () => {
    const tablet = newDevice(token);
    const badId = {
      seq: 1,
      entity: 'room',
      id: 'a\u0000b',
      set: { name: 'x' },
      base: { name: 0 },
      at: Date.now(),
    };
    const badField = {
      seq: 2,
      entity: 'room',
      id: randomUUID(),
      set: { 'na\u0000me': 'x' },
      base: {},
      at: Date.now(),
    };
    const response = await sync(baseUrl, tablet, [badId, badField]);
    expect(response.rejected.map((rejection) => rejection.code)).toEqual([
      'invalid_id',
      'unknown_field',
    ]);
    expect(await pullAll(baseUrl, newDevice(token))).toEqual([]);
    const again = await sync(baseUrl, tablet, [badId, badField]);
    expect(again.rejected).toHaveLength(2);
  });

  it('refuses a cursor past the last change with 409 cursor_ahead and applies none of the push', async () => {
    const tablet = newDevice(token);
    await sync(baseUrl, tablet, [patch(tablet, 'room', randomUUID(), { name: 'Hall' })]);
    const head = tablet.cursor;
    const edit = patch(tablet, 'room', randomUUID(), { name: 'Kitchen' });
    const ahead = await postSync(baseUrl, { ...tablet, cursor: head + 5 }, [edit]);
    expect(ahead).toMatchObject({ status: 409, body: { code: 'cursor_ahead' } });
    expect((ahead.body as { message: string }).message).toMatch(/backup/);
    expect(await pullAll(baseUrl, newDevice(token))).toHaveLength(1);
    const again = await sync(baseUrl, { ...tablet, cursor: 0 }, [edit], { snapshot: true });
    expect(again).toMatchObject({ acked: 2, rejected: [] });
    expect(again.changes.map((change) => change.set.name).sort()).toEqual(['Hall', 'Kitchen']);
    expect((await postSync(baseUrl, { ...tablet, cursor: again.cursor }, [])).status).toBe(200);
  });

  it('refuses any cursor but 0 for an organization with no changes yet', async () => {
    const fresh = newDevice(token);
    expect(await postSync(baseUrl, { ...fresh, cursor: 1 }, [])).toMatchObject({
      status: 409,
      body: { code: 'cursor_ahead' },
    });
  });

  it('answers 401 without a token and 400 for a malformed request', async () => {
    const noToken = await requestJson(baseUrl, 'POST', '/api/v1/sync', {
      body: { deviceId: 'd', cursor: 0, push: [] },
    });
    expect(noToken.status).toBe(401);
    const malformed = await requestJson(baseUrl, 'POST', '/api/v1/sync', {
      token,
      rawBody: '{"deviceId":',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'invalid_json' });
    const wrongShape = await requestJson(baseUrl, 'POST', '/api/v1/sync', {
      token,
      body: { deviceId: 'd', cursor: -1, push: 'x' },
    });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body).toMatchObject({ code: 'invalid_request' });
  });

  it('answers 413 for a body over its limit and stores nothing', async () => {
    const tablet = newDevice(token);
    const huge = patch(tablet, 'room', randomUUID(), { name: 'x'.repeat(9 * 1024 * 1024) });
    const response = await postSync(baseUrl, tablet, [huge]);
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'body_too_large' });
    expect(await pullAll(baseUrl, newDevice(token))).toEqual([]);
  });
});
