// Re-seals every stored row with the current codec, in small batches, never dropping or overwriting data.
import type { StoreKey, StoreNames, StoreValue } from 'idb';
import { type Codec, isSealed, type Sealed } from './codec';
import type { HomeAssessDatabase, HomeAssessSchema } from './schema';

/** Rows read and re-sealed per transaction, so a large device never holds one long transaction. */
export const RESEAL_BATCH_SIZE = 50;

type SealedStore = Exclude<StoreNames<HomeAssessSchema>, 'meta'>;

interface StoreSpec<Name extends SealedStore> {
  name: Name;
  keyOf(row: StoreValue<HomeAssessSchema, Name>): StoreKey<HomeAssessSchema, Name>;
  sealedOf(row: StoreValue<HomeAssessSchema, Name>): Sealed;
  withSealed(
    row: StoreValue<HomeAssessSchema, Name>,
    sealed: Sealed,
  ): StoreValue<HomeAssessSchema, Name>;
}

const SPECS = [
  {
    name: 'records',
    keyOf: (row) => [row.entity, row.id],
    sealedOf: (row) => row.body,
    withSealed: (row, body) => ({ ...row, body }),
  } satisfies StoreSpec<'records'>,
  {
    name: 'outbox',
    keyOf: (row) => row.seq,
    sealedOf: (row) => row.body,
    withSealed: (row, body) => ({ ...row, body }),
  } satisfies StoreSpec<'outbox'>,
  {
    name: 'blobs',
    keyOf: (row) => row.sha256,
    sealedOf: (row) => row.data,
    withSealed: (row, data) => ({ ...row, data }),
  } satisfies StoreSpec<'blobs'>,
] as const;

/** A row another write has not replaced since it was read (new writes are already encrypted). */
function isUnchanged(current: Sealed | undefined, original: Sealed): boolean {
  if (current === undefined || current.kind !== original.kind) return false;
  if (current.kind === 'plain-value' && original.kind === 'plain-value')
    return JSON.stringify(current.value) === JSON.stringify(original.value);
  if (current.kind === 'plain-bytes' && original.kind === 'plain-bytes')
    return current.bytes.byteLength === original.bytes.byteLength;
  return false;
}

async function reseal(codec: Codec, sealed: Sealed): Promise<Sealed> {
  return sealed.kind === 'plain-bytes'
    ? codec.sealBytes(await codec.openBytes(sealed))
    : codec.sealValue(await codec.openValue(sealed));
}

async function resealStore<Name extends SealedStore>(
  database: HomeAssessDatabase,
  codec: Codec,
  spec: StoreSpec<Name>,
): Promise<number> {
  let count = 0;
  let after: StoreKey<HomeAssessSchema, Name> | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const rows = await database.getAll(spec.name, range, RESEAL_BATCH_SIZE);
    const last = rows.at(-1);
    if (last === undefined) return count;
    after = spec.keyOf(last);
    const plain = rows.filter((row) => spec.sealedOf(row).kind !== 'encrypted');
    // Sealing is asynchronous, so it happens before the writing transaction opens.
    const resealed = await Promise.all(
      plain.map(async (row) => ({ row, sealed: await reseal(codec, spec.sealedOf(row)) })),
    );
    const transaction = database.transaction(spec.name, 'readwrite', { durability: 'strict' });
    for (const { row, sealed } of resealed) {
      const current = await transaction.store.get(spec.keyOf(row));
      if (current === undefined || !isUnchanged(spec.sealedOf(current), spec.sealedOf(row)))
        continue;
      await transaction.store.put(spec.withSealed(current, sealed));
      count += 1;
    }
    await transaction.done;
  }
}

async function resealMeta(
  database: HomeAssessDatabase,
  codec: Codec,
  keys: readonly string[],
): Promise<number> {
  let count = 0;
  for (const key of keys) {
    const stored = await database.get('meta', key);
    if (stored === undefined || (isSealed(stored) && stored.kind === 'encrypted')) continue;
    const value = isSealed(stored) ? await codec.openValue(stored) : stored;
    const sealed = await codec.sealValue(value);
    const transaction = database.transaction('meta', 'readwrite', { durability: 'strict' });
    const current = await transaction.store.get(key);
    if (JSON.stringify(current) === JSON.stringify(stored)) {
      await transaction.store.put(sealed, key);
      count += 1;
    }
    await transaction.done;
  }
  return count;
}

/**
 * Re-seals every record body, outbox entry, photo and sealed meta value that is not yet
 * encrypted. Safe to interrupt and run again: rows not yet re-sealed stay readable.
 */
export async function resealAllRows(
  database: HomeAssessDatabase,
  codec: Codec,
  sealedMetaKeys: readonly string[],
): Promise<number> {
  let count = 0;
  for (const spec of SPECS)
    count += await resealStore(database, codec, spec as StoreSpec<SealedStore>);
  return count + (await resealMeta(database, codec, sealedMetaKeys));
}
