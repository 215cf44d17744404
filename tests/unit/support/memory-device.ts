// A simulated device for sync tests: records and an outbox in memory, driven by src/sync/replica.
import type { EntityName, FieldValue, FieldValues } from '../../../src/domain/entities';
import type { DeviceId, RecordId } from '../../../src/domain/ids';
import {
  type Patch,
  type Rejection,
  type SyncRequest,
  type SyncResponse,
  type SyncTransport,
  takePushBatch,
} from '../../../src/sync/protocol';
import {
  acknowledge,
  applyPulledChange,
  type LocalRecord,
  makeLocalEdit,
} from '../../../src/sync/replica';
import { recordKey } from './memory-sync-server';

/** One field of one local edit, with what the device showed before it (for test oracles). */
export interface FieldEdit {
  deviceId: DeviceId;
  seq: number;
  entity: EntityName;
  id: RecordId;
  field: string;
  value: FieldValue;
  shownBefore: FieldValue | undefined;
}

export interface MemoryDeviceOptions<Auth> {
  deviceId: DeviceId;
  auth: Auth;
  transport: SyncTransport<Auth>;
  now: () => number;
  pageLimit?: number;
}

const MAX_REQUESTS_PER_SYNC = 1000;

export class MemoryDevice<Auth> {
  readonly records = new Map<string, LocalRecord>();
  readonly edits: FieldEdit[] = [];
  readonly rejected: { patch: Patch; rejection: Rejection }[] = [];
  outbox: Patch[] = [];
  cursor = 0;
  /** True between a page with `more` and the page that ends the pull. */
  isPaging = false;
  private isInSnapshot = false;
  private nextSeq = 1;

  constructor(private readonly options: MemoryDeviceOptions<Auth>) {}

  get deviceId(): DeviceId {
    return this.options.deviceId;
  }

  /** Edits a record locally and queues the patch, as the app's store does in one transaction. */
  edit(entity: EntityName, id: RecordId, set: FieldValues): Patch {
    const key = recordKey(entity, id);
    const before = this.records.get(key);
    const seq = this.nextSeq;
    const { record, patch } = makeLocalEdit(before, entity, id, set, seq, this.options.now());
    for (const [field, value] of Object.entries(set)) {
      const shownBefore = before?.fields[field];
      this.edits.push({ deviceId: this.deviceId, seq, entity, id, field, value, shownBefore });
    }
    this.records.set(key, record);
    this.outbox.push(patch);
    this.nextSeq += 1;
    return patch;
  }

  /** The next request: every unacknowledged patch, from the cursor, continuing a snapshot. */
  buildRequest(limit = this.options.pageLimit): SyncRequest {
    const request: SyncRequest = {
      deviceId: this.deviceId,
      cursor: this.cursor,
      push: takePushBatch(this.outbox),
    };
    if (limit !== undefined) request.limit = limit;
    if (this.isInSnapshot) request.snapshot = true;
    return request;
  }

  /** Applies a response: the page, the cursor and the acknowledgement (harmless twice). */
  receive(response: SyncResponse): void {
    for (const change of response.changes) {
      const key = recordKey(change.entity, change.id);
      this.records.set(key, applyPulledChange(this.records.get(key), change));
    }
    this.cursor = Math.max(this.cursor, response.cursor);
    this.isInSnapshot = response.more && response.snapshot === true;
    this.isPaging = response.more;
    for (const rejection of response.rejected) this.keepRejected(rejection);
    this.outbox = this.outbox.filter((patch) => patch.seq > response.acked);
    if (!response.more) this.confirm(response.acked);
  }

  /** One round trip over the transport; false when the request failed. */
  async syncOnce(): Promise<boolean> {
    try {
      this.receive(await this.options.transport.sync(this.options.auth, this.buildRequest()));
      return true;
    } catch {
      return false;
    }
  }

  /** Syncs until the outbox is empty and the pull has reached the end. */
  async syncUntilSettled(): Promise<void> {
    for (let request = 0; request < MAX_REQUESTS_PER_SYNC; request += 1) {
      const isDelivered = await this.syncOnce();
      if (isDelivered && !this.isPaging && this.outbox.length === 0) return;
    }
    throw new Error(`${this.deviceId} did not settle in ${MAX_REQUESTS_PER_SYNC} requests`);
  }

  /** The outbox patches of one record, in seq order. */
  outboxFor(entity: EntityName, id: RecordId): Patch[] {
    return this.outbox.filter((patch) => patch.entity === entity && patch.id === id);
  }

  private confirm(ackedSeq: number): void {
    for (const [key, record] of this.records) {
      this.records.set(key, acknowledge(record, ackedSeq));
    }
  }

  private keepRejected(rejection: Rejection): void {
    const patch = this.outbox.find((queued) => queued.seq === rejection.seq);
    const isGap = rejection.code === 'gap';
    if (patch && !isGap) this.rejected.push({ patch, rejection });
  }
}
