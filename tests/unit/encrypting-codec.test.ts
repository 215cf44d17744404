// Encryption at rest: the AES-GCM codec, the passphrase-wrapped data key, the store on it, and the app lock.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createEncryptingCodec, DeviceLockedError } from '../../src/app/security/encrypting-codec';
import {
  createKeyring,
  type DeviceBinding,
  openKeyring,
  PBKDF2_ITERATIONS,
  rewrapKeyring,
  SecretKindError,
  WrongPassphraseError,
} from '../../src/app/security/key-vault';
import { plainCodec } from '../../src/app/store/codec';
import { createIndexedDbStore, type IndexedDbStore } from '../../src/app/store/indexeddb-store';

const SESSION_USER = {
  id: 'u1',
  organizationId: 'o1',
  email: 'grace@riverside.example',
  name: 'Grace',
  role: 'therapist' as const,
};

/** Few iterations keep the suite fast; one test checks the real default. */
const TEST_ITERATIONS = 1_000;
const CLIENT = { id: 'c1', name: 'Secret Client Zebra', notes: 'Confidential note text' };
const PHOTO = new TextEncoder().encode('JPEG-PHOTO-BYTES-OF-THE-FRONT-STEP').buffer;

let databaseNumber = 0;
const uniqueName = () => {
  databaseNumber += 1;
  return `homeassess-crypto-test-${databaseNumber}`;
};

async function keyedCodec() {
  const { dataKey } = await createKeyring('correct horse', { iterations: TEST_ITERATIONS });
  return createEncryptingCodec(() => dataKey);
}

/** Every row of every store, as JSON with byte arrays spelled out, the way a thief would read them. */
async function dumpDatabase(name: string): Promise<string> {
  const database = await openDB(name);
  const replacer = (_key: string, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? Buffer.from(value as ArrayBuffer).toString('latin1')
      : value;
  const dump: Record<string, unknown[]> = {};
  for (const store of database.objectStoreNames) dump[store] = await database.getAll(store);
  database.close();
  return JSON.stringify(dump, replacer);
}

describe('the key vault', () => {
  it('wraps with PBKDF2 at 600,000 iterations by default', async () => {
    const { keyring } = await createKeyring('correct horse');
    expect(keyring.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(keyring.salt.byteLength).toBe(16);
  });

  it('refuses a wrong passphrase', async () => {
    const { keyring } = await createKeyring('correct horse', { iterations: TEST_ITERATIONS });
    await expect(openKeyring(keyring, 'wrong horse')).rejects.toThrow(WrongPassphraseError);
  });

  it('changes the passphrase by re-wrapping the same data key', async () => {
    const { keyring, dataKey } = await createKeyring('correct horse', {
      iterations: TEST_ITERATIONS,
    });
    const sealed = await createEncryptingCodec(() => dataKey).sealValue(CLIENT);
    const changed = await rewrapKeyring(keyring, 'correct horse', '482913', {
      iterations: TEST_ITERATIONS,
    });
    await expect(openKeyring(changed, 'correct horse')).rejects.toThrow(WrongPassphraseError);
    const reopened = await openKeyring(changed, '482913');
    expect(await createEncryptingCodec(() => reopened).openValue(sealed)).toEqual(CLIENT);
  });
});

describe('a keyring bound to the device authenticator', () => {
  const device: DeviceBinding = {
    credentialId: new Uint8Array(16).fill(1),
    prfSalt: new Uint8Array(32).fill(2),
  };
  const devicePrf = crypto.getRandomValues(new Uint8Array(32));
  const layout = { iterations: TEST_ITERATIONS, isCalibrated: true, device };

  it('opens only with both the PIN and the authenticator output', async () => {
    const { keyring, dataKey } = await createKeyring({ pin: '482913', devicePrf }, layout);
    const sealed = await createEncryptingCodec(() => dataKey).sealValue(CLIENT);
    const opened = await openKeyring(keyring, { pin: '482913', devicePrf });
    expect(await createEncryptingCodec(() => opened).openValue(sealed)).toEqual(CLIENT);
    await expect(openKeyring(keyring, { pin: '482914', devicePrf })).rejects.toThrow(
      WrongPassphraseError,
    );
  });

  it('cannot be opened through the PIN alone: without the output every PIN fails', async () => {
    const { keyring } = await createKeyring({ pin: '482913', devicePrf }, layout);
    const guessedOutput = new Uint8Array(32);
    await expect(openKeyring(keyring, { pin: '482913', devicePrf: guessedOutput })).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(openKeyring(keyring, '482913')).rejects.toThrow(SecretKindError);
  });

  it('stores the binding, never the PIN or the authenticator output', async () => {
    const { keyring } = await createKeyring({ pin: '482913', devicePrf }, layout);
    const stored = JSON.stringify(keyring, (_key, value: unknown) =>
      ArrayBuffer.isView(value) || value instanceof ArrayBuffer
        ? Buffer.from(value as ArrayBuffer).toString('hex')
        : value,
    );
    expect(stored).not.toContain(Buffer.from(devicePrf).toString('hex'));
    expect(stored).not.toContain('482913');
    expect(keyring.device).toEqual(device);
    expect(keyring.iterations).toBe(TEST_ITERATIONS);
  });

  it('moves from a passphrase to the device and a PIN without touching the data key', async () => {
    const { keyring, dataKey } = await createKeyring('kettle lantern orbit', {
      iterations: TEST_ITERATIONS,
    });
    const sealed = await createEncryptingCodec(() => dataKey).sealValue(CLIENT);
    const moved = await rewrapKeyring(
      keyring,
      'kettle lantern orbit',
      { pin: '70513986', devicePrf },
      layout,
    );
    const reopened = await openKeyring(moved, { pin: '70513986', devicePrf });
    expect(await createEncryptingCodec(() => reopened).openValue(sealed)).toEqual(CLIENT);
    await expect(openKeyring(moved, 'kettle lantern orbit')).rejects.toThrow(SecretKindError);
  });
});

describe('the encrypting codec', () => {
  it('opens what it sealed: values and bytes', async () => {
    const codec = await keyedCodec();
    expect(await codec.openValue(await codec.sealValue(CLIENT))).toEqual(CLIENT);
    expect(await codec.openValue(await codec.sealValue(undefined))).toBeUndefined();
    const opened = await codec.openBytes(await codec.sealBytes(PHOTO));
    expect(Buffer.from(opened).equals(Buffer.from(PHOTO))).toBe(true);
  });

  it('stores nothing in clear, with a fresh IV each time', async () => {
    const codec = await keyedCodec();
    const first = await codec.sealValue(CLIENT);
    const second = await codec.sealValue(CLIENT);
    const stored = JSON.stringify([first, second, await codec.sealBytes(PHOTO)], (_key, value) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? Buffer.from(value as ArrayBuffer).toString('latin1')
        : value,
    );
    expect(stored).not.toContain('Secret Client Zebra');
    expect(stored).not.toContain('Confidential');
    expect(stored).not.toContain('JPEG-PHOTO');
    expect(first.kind === 'encrypted' && second.kind === 'encrypted').toBe(true);
    if (first.kind === 'encrypted' && second.kind === 'encrypted')
      expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
  });

  it('still reads rows stored in the clear before the lock was on', async () => {
    const codec = await keyedCodec();
    expect(await codec.openValue(await plainCodec.sealValue(CLIENT))).toEqual(CLIENT);
    expect(await codec.openBytes(await plainCodec.sealBytes(PHOTO))).toBe(PHOTO);
  });

  it('throws DeviceLockedError while no key is held', async () => {
    const sealed = await (await keyedCodec()).sealValue(CLIENT);
    const locked = createEncryptingCodec(() => undefined);
    await expect(locked.sealValue(CLIENT)).rejects.toThrow(DeviceLockedError);
    await expect(locked.openValue(sealed)).rejects.toThrow(DeviceLockedError);
  });
});

describe('the IndexedDB store on the encrypting codec', () => {
  let store: IndexedDbStore | undefined;
  afterEach(() => store?.close());

  it('keeps records, outbox entries, photos and sealed meta, none of them in clear', async () => {
    const name = uniqueName();
    store = createIndexedDbStore({
      name,
      codec: await keyedCodec(),
      sealedMetaKeys: ['auth.session'],
    });
    await store.commitEdit(
      { entity: 'client', id: 'c1', value: CLIENT },
      { seq: 1, value: { set: { notes: CLIENT.notes } } },
    );
    await store.putBlob({ sha256: 'ab', mimeType: 'image/jpeg', bytes: PHOTO, isUploaded: false });
    await store.setMeta('auth.session', {
      token: 'secret-token-123',
      user: SESSION_USER,
      signedInAt: 1,
    });
    expect(await store.getRecord('client', 'c1')).toEqual(CLIENT);
    expect(await store.listAllRecords()).toEqual([{ entity: 'client', id: 'c1', value: CLIENT }]);
    expect(await store.listOutbox()).toEqual([{ seq: 1, value: { set: { notes: CLIENT.notes } } }]);
    const blob = await store.getBlob('ab');
    expect(Buffer.from(blob?.bytes ?? new ArrayBuffer(0)).equals(Buffer.from(PHOTO))).toBe(true);
    expect(await store.getMeta('auth.session')).toEqual({
      token: 'secret-token-123',
      user: SESSION_USER,
      signedInAt: 1,
    });
    expect(await store.listBlobsToUpload()).toEqual(['ab']);
    store.close();
    const raw = await dumpDatabase(name);
    for (const secret of ['Secret Client Zebra', 'Confidential', 'JPEG-PHOTO', 'secret-token'])
      expect(raw).not.toContain(secret);
  });
});
