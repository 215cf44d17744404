// A device for app-lock tests: a store on fake-indexeddb, a hand-moved clock, and a fake authenticator.
import 'fake-indexeddb/auto';
import {
  type AppLockOptions,
  createAppLock,
  type LockState,
} from '../../../src/app/security/app-lock';
import { DeviceKeyError, type DeviceKeySource } from '../../../src/app/security/device-key';
import type { DeviceBinding } from '../../../src/app/security/key-vault';
import { createSwitchableCodec, plainCodec } from '../../../src/app/store/codec';
import { createIndexedDbStore } from '../../../src/app/store/indexeddb-store';

let databaseNumber = 0;

/** A database name no other test uses. */
export function uniqueDatabaseName(): string {
  databaseNumber += 1;
  return `homeassess-lock-strength-${databaseNumber}`;
}

/** A clock the test moves by hand, with the timers that follow it. */
export function manualTime() {
  let nowMs = 1_000_000;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let nextId = 1;
  return {
    now: () => nowMs,
    timers: {
      setTimeout: (callback: () => void, ms: number) => {
        pending.set(nextId, { at: nowMs + ms, callback });
        nextId += 1;
        return nextId - 1;
      },
      clearTimeout: (id: number) => void pending.delete(id),
    },
    advance(ms: number) {
      nowMs += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at > nowMs) continue;
        pending.delete(id);
        timer.callback();
      }
    },
  };
}

/**
 * An authenticator like a platform one with PRF (CTAP2 hmac-secret): each credential holds a
 * secret that never leaves it; the output is HMAC-SHA-256(secret, salt), given only when the
 * person passes the screen lock (`isVerified`).
 */
export function fakeDeviceKeys() {
  const secrets = new Map<string, CryptoKey>();
  const calls = { enroll: 0, evaluate: 0 };
  const state = { isVerified: true };
  const idOf = (binding: DeviceBinding) => Buffer.from(binding.credentialId).toString('hex');
  const source: DeviceKeySource = {
    availability: async () => 'available',
    async enroll() {
      calls.enroll += 1;
      if (!state.isVerified)
        throw new DeviceKeyError('cancelled', 'The screen lock check was cancelled.');
      const binding = {
        credentialId: crypto.getRandomValues(new Uint8Array(16)),
        prfSalt: crypto.getRandomValues(new Uint8Array(32)),
      };
      const secret = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
      ]);
      secrets.set(idOf(binding), secret);
      return { binding };
    },
    async evaluate(binding) {
      calls.evaluate += 1;
      if (!state.isVerified)
        throw new DeviceKeyError('cancelled', 'The screen lock check was cancelled.');
      const secret = secrets.get(idOf(binding));
      if (secret === undefined) throw new DeviceKeyError('failed', 'No such credential.');
      return new Uint8Array(
        await crypto.subtle.sign('HMAC', secret, binding.prfSalt as BufferSource),
      );
    },
  };
  return { source, calls, state };
}

/** An app lock on its own database (or `name`, to reopen one), calibrating to `iterations`. */
export function setUpLock(
  options: { name?: string; iterations?: number; deviceKeys?: DeviceKeySource } = {},
) {
  const name = options.name ?? uniqueDatabaseName();
  const codec = createSwitchableCodec(plainCodec);
  const store = createIndexedDbStore({ name, codec, sealedMetaKeys: ['auth.session'] });
  const time = manualTime();
  const states: LockState[] = [];
  const calibrations: number[] = [];
  const lockOptions: AppLockOptions = {
    store,
    codec,
    now: time.now,
    timers: time.timers,
    onState: (state) => states.push(state),
    calibrate: async () => {
      calibrations.push(options.iterations ?? 1_000);
      return options.iterations ?? 1_000;
    },
    deviceKeys: options.deviceKeys,
  };
  return { name, store, time, states, calibrations, lock: createAppLock(lockOptions) };
}
