// The app lock against someone with the tablet's files: the policy, the calibrated cost, the device key.

import { afterEach, describe, expect, it } from 'vitest';
import { unlockDelayMs } from '../../src/app/security/app-lock';
import { createKeyring, restoreKeyring } from '../../src/app/security/key-vault';
import { PassphraseRefusedError } from '../../src/app/security/keyring-keeper';
import type { IndexedDbStore } from '../../src/app/store/indexeddb-store';
import { META } from '../../src/app/store/meta-keys';
import { fakeDeviceKeys, setUpLock } from './support/lock-fixtures';

const PASSPHRASE = 'kettle lantern orbit';
const CLIENT = { id: 'c1', name: 'Secret Client Zebra' };

async function storedKeyring(store: IndexedDbStore) {
  return restoreKeyring(await store.getMeta(META.keyring));
}

describe('the app lock passphrase', () => {
  let store: IndexedDbStore | undefined;
  afterEach(() => store?.close());

  it('refuses a 6-digit PIN alone and stays off, saying why', async () => {
    const setup = setUpLock();
    store = setup.store;
    await setup.lock.initialize();
    const refused = setup.lock.setPassphrase('482913');
    await expect(refused).rejects.toThrow(PassphraseRefusedError);
    await expect(refused).rejects.toThrow('A PIN alone is not allowed');
    expect(setup.lock.state()).toBe('off');
    expect(await setup.store.getMeta(META.keyring)).toBeUndefined();
  });

  it("refuses the person's own name, given as context", async () => {
    const setup = setUpLock();
    store = setup.store;
    await setup.lock.initialize();
    await expect(
      setup.lock.setPassphrase('mary okafor riverside', { personalWords: ['Mary Okafor'] }),
    ).rejects.toThrow('your name or email');
  });

  it('applies the same policy when the passphrase is changed', async () => {
    const setup = setUpLock();
    store = setup.store;
    await setup.lock.initialize();
    await setup.lock.setPassphrase(PASSPHRASE);
    await expect(setup.lock.changePassphrase(PASSPHRASE, 'password password')).rejects.toThrow(
      'a common password or word',
    );
    setup.lock.lock();
    expect((await setup.lock.unlock(PASSPHRASE)).kind).toBe('unlocked');
  });

  it('wraps with the count calibrated on this device, when set and when changed', async () => {
    const setup = setUpLock({ iterations: 2_000 });
    store = setup.store;
    await setup.lock.initialize();
    await setup.lock.setPassphrase(PASSPHRASE);
    expect(await storedKeyring(setup.store)).toMatchObject({
      iterations: 2_000,
      isCalibrated: true,
    });
    await setup.lock.changePassphrase(PASSPHRASE, 'tram cactus vinegar');
    expect(setup.calibrations).toEqual([2_000, 2_000]);
  });

  it('opens a keyring from before calibration and re-wraps it at the new count', async () => {
    const setup = setUpLock({ iterations: 3_000 });
    store = setup.store;
    const old = await createKeyring(PASSPHRASE, { iterations: 1_000 });
    await setup.store.setMeta(META.keyring, old.keyring);
    await setup.store.setMeta(META.isResealComplete, true);
    await setup.lock.initialize();
    expect(await setup.lock.unlock(PASSPHRASE)).toEqual({ kind: 'unlocked' });
    const upgraded = await storedKeyring(setup.store);
    expect(upgraded).toMatchObject({ iterations: 3_000, isCalibrated: true });
    setup.lock.lock();
    expect((await setup.lock.unlock(PASSPHRASE)).kind).toBe('unlocked');
    expect(setup.calibrations).toEqual([3_000]);
  });

  it('keeps the wait after a restart and says when the next try is allowed', async () => {
    const first = setUpLock();
    await first.lock.initialize();
    await first.lock.setPassphrase(PASSPHRASE);
    first.lock.lock();
    for (let count = 0; count < 3; count += 1) await first.lock.unlock('not it at all');
    first.store.close();
    const second = setUpLock({ name: first.name });
    store = second.store;
    await second.lock.initialize();
    expect(await second.lock.unlockWait()).toEqual({
      failures: 3,
      retryAtMs: second.time.now() + unlockDelayMs(3),
    });
    second.time.advance(unlockDelayMs(3));
    expect((await second.lock.unlockWait()).retryAtMs).toBeUndefined();
  });

  it('keeps a long wait after many failures and never erases the device by itself', async () => {
    expect(unlockDelayMs(10)).toBe(256_000);
    expect(unlockDelayMs(12)).toBe(15 * 60_000);
    expect(unlockDelayMs(1_000)).toBe(15 * 60_000);
  });
});

describe('the PIN with the device screen lock', () => {
  let store: IndexedDbStore | undefined;
  afterEach(() => store?.close());

  async function lockedWithDevicePin() {
    const device = fakeDeviceKeys();
    const setup = setUpLock({ deviceKeys: device.source });
    store = setup.store;
    await setup.lock.initialize();
    await setup.store.commitEdit(
      { entity: 'client', id: 'c1', value: CLIENT },
      { seq: 1, value: 1 },
    );
    await setup.lock.setDevicePin('482913', 'mary@riverside-ot.example');
    setup.lock.lock();
    return { ...setup, device };
  }

  it('turns on with a 6-digit PIN and unlocks with the PIN and the screen lock', async () => {
    const setup = await lockedWithDevicePin();
    expect(setup.lock.secretKind()).toBe('device-pin');
    expect(setup.device.calls).toEqual({ enroll: 1, evaluate: 1 });
    expect(await setup.lock.unlock('482913')).toEqual({ kind: 'unlocked' });
    expect(setup.device.calls.evaluate).toBe(2);
    expect(await setup.store.getRecord('client', 'c1')).toEqual(CLIENT);
  });

  it('counts a wrong PIN as a failure, but not a cancelled screen lock check', async () => {
    const setup = await lockedWithDevicePin();
    expect(await setup.lock.unlock('999999')).toEqual({ kind: 'wrong', failures: 1 });
    setup.device.state.isVerified = false;
    const cancelled = await setup.lock.unlock('482913');
    expect(cancelled).toEqual({
      kind: 'device-failed',
      message: 'The screen lock check was cancelled.',
    });
    setup.device.state.isVerified = true;
    expect(await setup.lock.unlock('999998')).toEqual({ kind: 'wrong', failures: 2 });
    expect(await setup.lock.unlock('482913')).toEqual({ kind: 'unlocked' });
  });

  it('refuses a patterned PIN before asking for the screen lock', async () => {
    const device = fakeDeviceKeys();
    const setup = setUpLock({ deviceKeys: device.source });
    store = setup.store;
    await setup.lock.initialize();
    await expect(setup.lock.setDevicePin('123456', 'mary')).rejects.toThrow(
      'This PIN is a pattern',
    );
    expect(device.calls.enroll).toBe(0);
  });

  it('says plainly when the device has no screen lock HomeAssess can use', async () => {
    const setup = setUpLock();
    store = setup.store;
    await setup.lock.initialize();
    expect(await setup.lock.deviceKeyAvailability()).toBe('unavailable');
    await expect(setup.lock.setDevicePin('482913', 'mary')).rejects.toThrow(
      'This device has no screen lock or fingerprint that HomeAssess can use.',
    );
  });

  it('changes the PIN on the same credential, and can move to a passphrase', async () => {
    const setup = await lockedWithDevicePin();
    await setup.lock.unlock('482913');
    await setup.lock.changePassphrase('482913', '70513986');
    expect(setup.device.calls.enroll).toBe(1);
    setup.lock.lock();
    expect((await setup.lock.unlock('482913')).kind).toBe('wrong');
    expect((await setup.lock.unlock('70513986')).kind).toBe('unlocked');
    await setup.lock.changeSecret('70513986', { kind: 'passphrase', passphrase: PASSPHRASE });
    expect(setup.lock.secretKind()).toBe('passphrase');
    setup.lock.lock();
    expect((await setup.lock.unlock(PASSPHRASE)).kind).toBe('unlocked');
  });
});
