// Where the device database lives: a generation (a storage bucket of its own where the browser has
// them), so that moving every row to the next one and deleting the old one takes its files away.

/** The parts of a storage bucket the store uses (the Storage Buckets API, Chromium 122+). */
export interface StorageBucketLike {
  indexedDB: IDBFactory;
  persist(): Promise<boolean>;
  persisted(): Promise<boolean>;
}

/** The parts of `navigator.storageBuckets` the store uses. */
export interface BucketManagerLike {
  open(name: string, options?: { durability?: 'strict' | 'relaxed' }): Promise<StorageBucketLike>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

/** The browser's storage as the store reaches it; tests pass their own. */
export interface StorageEnvironment {
  indexedDB: IDBFactory;
  /** Absent where the browser has no storage buckets: generations are then database names. */
  buckets?: BucketManagerLike;
  /** Absent where the browser has no Web Locks: only one tab then moves or tidies at a time. */
  locks?: Pick<LockManager, 'request'>;
}

/**
 * One generation of the device database. Generation 0 is the database as it was before
 * generations existed (in the origin's default storage); with buckets every later one is a bucket
 * of its own holding a database of the base name, without them a database named for it.
 */
export interface StoreLocation {
  generation: number;
  bucket?: string;
  name: string;
}

/** The browser's own storage, with buckets and locks where it has them. */
export function browserEnvironment(): StorageEnvironment | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  if (typeof navigator === 'undefined') return { indexedDB };
  const extras = navigator as Navigator & { storageBuckets?: BucketManagerLike };
  return { indexedDB, buckets: extras.storageBuckets, locks: extras.locks };
}

/** The location of a generation of the base name. */
export function locationOf(
  environment: StorageEnvironment,
  base: string,
  generation: number,
): StoreLocation {
  if (generation === 0) return { generation, name: base };
  if (environment.buckets !== undefined)
    return { generation, bucket: `${base}-${generation}`, name: base };
  return { generation, name: `${base}~${generation}` };
}

/** The generation a fresh device starts with: a bucket where there are buckets. */
export function firstGeneration(environment: StorageEnvironment): number {
  return environment.buckets === undefined ? 0 : 1;
}

function generationOf(candidate: string, prefix: string): number | undefined {
  if (!candidate.startsWith(prefix)) return undefined;
  const digits = candidate.slice(prefix.length);
  return /^[1-9][0-9]*$/.test(digits) ? Number(digits) : undefined;
}

/** Every generation of the base name present on the device, oldest first. */
export async function listLocations(
  environment: StorageEnvironment,
  base: string,
): Promise<StoreLocation[]> {
  const generations = new Set<number>();
  const [bucketNames, databases] = await Promise.all([
    environment.buckets?.keys() ?? [],
    environment.indexedDB.databases(),
  ]);
  for (const name of bucketNames) {
    const generation = generationOf(name, `${base}-`);
    if (generation !== undefined) generations.add(generation);
  }
  for (const { name } of databases) {
    if (name === base) generations.add(0);
    const generation = name === undefined ? undefined : generationOf(name, `${base}~`);
    if (generation !== undefined && environment.buckets === undefined) generations.add(generation);
  }
  return [...generations]
    .sort((first, second) => first - second)
    .map((generation) => locationOf(environment, base, generation));
}

/** A location's IndexedDB factory, with the bucket object it came from, if any. */
export interface LocationFactory {
  indexedDB: IDBFactory;
  /**
   * Held for as long as a connection from `indexedDB` is used. Measured in Chromium 150: once the
   * bucket object and its factory are garbage-collected, transactions on a connection opened
   * through them never complete, and no close event says so.
   */
  bucket?: StorageBucketLike;
}

/** The IndexedDB factory a location's database is opened with. */
export async function factoryOf(
  environment: StorageEnvironment,
  location: StoreLocation,
): Promise<LocationFactory> {
  if (location.bucket === undefined || environment.buckets === undefined)
    return { indexedDB: environment.indexedDB };
  const bucket = await environment.buckets.open(location.bucket, { durability: 'strict' });
  return { indexedDB: bucket.indexedDB, bucket };
}

/** Whether the location's data is kept under storage pressure (asked for on the first save). */
export async function isPersisted(
  environment: StorageEnvironment,
  location: StoreLocation,
): Promise<boolean> {
  if (location.bucket !== undefined && environment.buckets !== undefined)
    return (await environment.buckets.open(location.bucket)).persisted();
  return (await navigatorStorage()?.persisted?.()) ?? false;
}

/** Asks the browser to keep the location's data under storage pressure. */
export async function persist(
  environment: StorageEnvironment,
  location: StoreLocation,
): Promise<boolean> {
  if (location.bucket !== undefined && environment.buckets !== undefined)
    return (await environment.buckets.open(location.bucket)).persist();
  return (await navigatorStorage()?.persist?.()) ?? false;
}

const navigatorStorage = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/**
 * Deletes a generation. A bucket goes with all its files at once (measured in Chromium 150: its
 * directory is gone before `delete` resolves); a database in the default storage is deleted, but
 * Chromium keeps its rows in the origin's LevelDB files until it compacts them.
 */
export async function deleteLocation(
  environment: StorageEnvironment,
  location: StoreLocation,
): Promise<void> {
  if (location.bucket !== undefined && environment.buckets !== undefined) {
    await environment.buckets.delete(location.bucket);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const request = environment.indexedDB.deleteDatabase(location.name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * Runs `work` while no other tab of this device moves or tidies the store's generations; runs it
 * at once where the browser has no Web Locks.
 */
export async function withMoveLock<Result>(
  environment: StorageEnvironment,
  base: string,
  work: () => Promise<Result>,
): Promise<Result> {
  if (environment.locks === undefined) return work();
  return environment.locks.request(`${base}-store-move`, work) as Promise<Result>;
}
