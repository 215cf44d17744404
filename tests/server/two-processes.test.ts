// Two server processes on one PostgreSQL, as behind a load balancer: devices send each request to
// the other process in turn, and one process is killed (SIGKILL) while pushes are in flight. Every
// acknowledged edit is stored exactly once, every device ends with the server's records, and no
// change is skipped by a pull that raced a push on the other process.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordId } from '../../src/domain/ids';
import { nodeDevice } from './support/node-device';
import { freePort, spawnServer, waitForExit, waitUntilServing } from './support/run-server-process';
import { setUpOrganization } from './support/sync-client';

const url = process.env.TEST_DATABASE_URL;
const hasPostgres = url !== undefined && url !== '';
const DEVICE_COUNT = 4;
const ROUNDS = 6;
const ROOMS_PER_ROUND = 8;
/** In the kill round each device sends this many, so its push is still running when it is killed. */
const ROOMS_IN_KILL_ROUND = 150;
/** The round in which the second process is killed with pushes in flight. */
const KILL_ROUND = 2;
/** A room every device renames each round, so the processes merge the same record at once. */
const SHARED_ROOM = 'b7d0c7c2-6f1e-4d4b-9a53-5c0d3c1e2f10' as RecordId;
const MAX_SETTLE_ROUNDS = 20;
/** After the first push reaches the second process: long enough to arrive, too short to finish. */
const KILL_DELAY_MS = 15;

type Device = ReturnType<typeof nodeDevice>;

interface ServerProcess {
  port: number;
  child: ReturnType<typeof spawnServer>;
  exited: ReturnType<typeof waitForExit>;
}

async function startProcess(databaseUrl: string, port: number): Promise<ServerProcess> {
  const child = spawnServer({ DATABASE_URL: databaseUrl, PORT: String(port) });
  const exited = waitForExit(child);
  await waitUntilServing(port, child);
  return { port, child, exited };
}

/**
 * A fetch that sends each request to the next process in turn, as a round-robin balancer does,
 * starting at `firstTurn`; `onSend` hears the port of each request as it leaves.
 */
function roundRobin(
  ports: readonly number[],
  firstTurn: number,
  onSend: (port: number) => void,
): typeof fetch {
  let turn = firstTurn;
  return (input, init) => {
    const port = ports[turn % ports.length] ?? 0;
    turn += 1;
    onSend(port);
    return fetch(`http://127.0.0.1:${port}${String(input)}`, init);
  };
}

/** Syncs every device at once; the devices whose sync was cut off. */
async function syncAll(devices: readonly Device[]): Promise<number> {
  const outcomes = await Promise.all(
    devices.map((device) =>
      device.engine.syncRecords().then(
        () => 'answered',
        () => 'cut off',
      ),
    ),
  );
  return outcomes.filter((outcome) => outcome === 'cut off').length;
}

/** Syncs until no device has anything left to send, then once more so each pulls the rest. */
async function settle(devices: readonly Device[]): Promise<void> {
  for (let round = 0; round < MAX_SETTLE_ROUNDS; round += 1) {
    await syncAll(devices);
    const pending = await Promise.all(devices.map((device) => device.store.countOutbox()));
    if (pending.every((count) => count === 0)) break;
  }
  expect(await syncAll(devices)).toBe(0);
}

async function roomNames(device: Device): Promise<Record<string, string>> {
  const rooms = await device.engine.listRecords('room');
  return Object.fromEntries(
    rooms
      .filter((room) => room.fields.deleted !== true)
      .map((room) => [room.id, room.fields.name ?? '']),
  );
}

describe.runIf(hasPostgres)('two server processes on one PostgreSQL', () => {
  const schema = `two_processes_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  let databaseUrl = '';
  const processes: ServerProcess[] = [];

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const separator = (url ?? '').includes('?') ? '&' : '?';
    databaseUrl = `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    // One after the other: the first runs the migrations.
    processes.push(await startProcess(databaseUrl, await freePort()));
    processes.push(await startProcess(databaseUrl, await freePort()));
  });

  afterAll(async () => {
    for (const running of processes) {
      running.child.kill('SIGTERM');
      await running.exited;
    }
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('stores every acknowledged edit once and leaves every device with the same records', async () => {
    const [first, second] = processes;
    if (first === undefined || second === undefined) throw new Error('Two processes expected.');
    const token = await setUpOrganization(`http://127.0.0.1:${first.port}`);
    const ports = [first.port, second.port];
    let sentToSecond = () => {};
    const onSend = (port: number) => {
      if (port === second.port) sentToSecond();
    };
    const devices = Array.from({ length: DEVICE_COUNT }, (_, index) =>
      nodeDevice('', token, roundRobin(ports, index, onSend)),
    );
    const created: string[] = [];
    let cutOff = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, device] of devices.entries()) {
        const roomCount = round === KILL_ROUND ? ROOMS_IN_KILL_ROUND : ROOMS_PER_ROUND;
        for (let room = 0; room < roomCount; room += 1) {
          const id = randomUUID() as RecordId;
          created.push(id);
          await device.engine.edit('room', id, { name: `Room ${round}.${index}.${room}` });
        }
        await device.engine.edit('room', SHARED_ROOM, { name: `Shared, device ${index} ${round}` });
      }
      const pushReachedSecond = new Promise<void>((resolve) => {
        sentToSecond = resolve;
      });
      const syncing = syncAll(devices);
      if (round === KILL_ROUND) {
        const killed = processes[1];
        if (killed === undefined) throw new Error('No second process.');
        await pushReachedSecond;
        await new Promise((resolve) => setTimeout(resolve, KILL_DELAY_MS));
        killed.child.kill('SIGKILL');
        await killed.exited;
        cutOff = await syncing;
        processes[1] = await startProcess(databaseUrl, killed.port);
      } else {
        await syncing;
      }
    }
    await settle(devices);

    const changes = await admin.query<{ device_id: string; device_seq: number; n: number }>(
      `select device_id, device_seq::int as device_seq, count(*)::int as n from ${schema}.changes
       where device_seq is not null group by device_id, device_seq`,
    );
    expect(changes.rows.filter((row) => row.n > 1)).toEqual([]);
    const acked = await admin.query<{ device_id: string; last_seq: number }>(
      `select device_id, last_seq::int as last_seq from ${schema}.devices`,
    );
    for (const device of acked.rows) {
      const seqs = changes.rows
        .filter((row) => row.device_id === device.device_id)
        .map((row) => row.device_seq);
      expect(seqs.sort((left, right) => left - right)).toEqual(
        Array.from({ length: device.last_seq }, (_, index) => index + 1),
      );
    }
    const stored = await admin.query<{ record_id: string; name: string }>(
      `select record_id, state_json::jsonb #>> '{fields,name}' as name from ${schema}.records
       where entity = 'room'`,
    );
    const serverRooms = Object.fromEntries(stored.rows.map((row) => [row.record_id, row.name]));
    expect(Object.keys(serverRooms).sort()).toEqual([...created, SHARED_ROOM].sort());
    for (const device of devices) expect(await roomNames(device)).toEqual(serverRooms);
    expect(cutOff).toBeGreaterThan(0);
  });
});
