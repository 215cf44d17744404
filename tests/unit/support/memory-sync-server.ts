// An in-memory POST /api/v1/sync built only from src/sync rules; the real server must match it.
import type { DeviceId, RecordId } from '../../../src/domain/ids';
import type {
  Change,
  Patch,
  RawPatch,
  Rejection,
  SyncAuth,
  SyncRequest,
  SyncResponse,
  SyncTransport,
} from '../../../src/sync/protocol';
import { parseSyncRequest } from '../../../src/sync/protocol-schemas';
import {
  buildSnapshot,
  checkPatchTarget,
  classifyPatch,
  mergePatch,
  type Page,
  pageChanges,
  pageLimit,
  patchDigest,
  type SnapshotRecord,
} from '../../../src/sync/server-rules';
import { validatePatch } from '../../../src/sync/validate-patch';

/** A patch the server applied, with the change seq it became (for test oracles). */
export interface AppliedPatch {
  deviceId: DeviceId;
  patch: Patch;
  changeSeq: number;
}

interface DeviceState {
  lastSeq: number;
  digests: Map<number, string>;
}

interface Organization {
  head: number;
  log: Change[];
  records: Map<string, SnapshotRecord>;
  devices: Map<DeviceId, DeviceState>;
  applied: AppliedPatch[];
}

export interface MemorySyncServerOptions {
  now: () => number;
  newId: () => RecordId;
}

/** Thrown for a body the server cannot read at all (HTTP 400). */
export class BadSyncRequest extends Error {}

/** Thrown for a cursor past the organization's last change (HTTP 409 `cursor_ahead`). */
export class CursorAhead extends Error {}

/** The whole state of the server at one moment, to restore later (as from a backup). */
export type MemoryServerBackup = Map<string, Organization>;

export class MemorySyncServer implements SyncTransport {
  private readonly organizations: Map<string, Organization> = new Map();

  constructor(private readonly options: MemorySyncServerOptions) {}

  /** One sync round trip; the body goes through JSON both ways, as over HTTP. */
  async sync(auth: SyncAuth, request: SyncRequest): Promise<SyncResponse> {
    const parsed = parseSyncRequest(JSON.parse(JSON.stringify(request)));
    if (!parsed.ok) throw new BadSyncRequest(parsed.message);
    const organization = this.organization(auth.organizationId);
    if (parsed.value.cursor > organization.head)
      throw new CursorAhead(`The server's last change is ${organization.head}.`);
    const device = deviceState(organization, parsed.value.deviceId);
    const rejected = this.push(organization, device, auth, parsed.value);
    const isSnapshot = parsed.value.cursor === 0 || parsed.value.snapshot === true;
    const page = pull(organization, parsed.value, isSnapshot);
    const response: SyncResponse = { acked: device.lastSeq, rejected, ...page };
    if (isSnapshot) response.snapshot = true;
    return JSON.parse(JSON.stringify(response));
  }

  /** A copy of everything the server holds now. */
  backup(): MemoryServerBackup {
    return structuredClone(this.organizations);
  }

  /** Goes back to a backup: whatever happened since is lost, as in a restore on a real server. */
  restore(backup: MemoryServerBackup): void {
    this.organizations.clear();
    for (const [id, organization] of structuredClone(backup))
      this.organizations.set(id, organization);
  }

  /** Every record of an organization as stored, keyed `entity/id`. */
  records(organizationId: string): ReadonlyMap<string, SnapshotRecord> {
    return this.organization(organizationId).records;
  }

  /** The organization's change log in seq order. */
  changes(organizationId: string): readonly Change[] {
    return this.organization(organizationId).log;
  }

  applied(organizationId: string): readonly AppliedPatch[] {
    return this.organization(organizationId).applied;
  }

  private push(
    organization: Organization,
    device: DeviceState,
    auth: SyncAuth,
    request: SyncRequest,
  ): Rejection[] {
    const rejected: Rejection[] = [];
    for (const raw of request.push) {
      const stored = device.digests.get(raw.seq);
      const matchesStored =
        stored === undefined ? undefined : (repeat: RawPatch) => patchDigest(repeat) === stored;
      const order = classifyPatch(device.lastSeq, raw, matchesStored);
      if (order === 'duplicate') continue;
      if (order !== 'apply') {
        rejected.push({ seq: raw.seq, code: order, message: orderMessage(order, device) });
        continue;
      }
      device.lastSeq = raw.seq;
      device.digests.set(raw.seq, patchDigest(raw));
      const rejection = this.apply(organization, auth, request.deviceId, raw);
      if (rejection) rejected.push(rejection);
    }
    return rejected;
  }

  private apply(
    organization: Organization,
    auth: SyncAuth,
    deviceId: DeviceId,
    raw: RawPatch,
  ): Rejection | undefined {
    const nowMs = this.options.now();
    const verdict = validatePatch(raw, nowMs);
    if (!verdict.ok) return { seq: raw.seq, code: verdict.code, message: verdict.message };
    const key = recordKey(verdict.patch.entity, verdict.patch.id);
    const current = organization.records.get(key)?.record;
    const problem = checkPatchTarget(current, verdict.patch);
    if (problem) return { seq: raw.seq, ...problem };
    const context = {
      nextSeq: () => ++organization.head,
      newId: this.options.newId,
      nowMs,
    };
    const result = mergePatch(current, verdict.patch, { deviceId, userId: auth.userId }, context);
    organization.log.push(...result.changes);
    for (const write of result.writes) {
      organization.records.set(recordKey(write.entity, write.id), write);
    }
    const changeSeq = result.changes[0]?.seq ?? 0;
    organization.applied.push({ deviceId, patch: verdict.patch, changeSeq });
    return undefined;
  }

  private organization(organizationId: string): Organization {
    let organization = this.organizations.get(organizationId);
    if (!organization) {
      organization = { head: 0, log: [], records: new Map(), devices: new Map(), applied: [] };
      this.organizations.set(organizationId, organization);
    }
    return organization;
  }
}

/** The key the memory server and devices file records under. */
export function recordKey(entity: string, id: string): string {
  return `${entity}/${id}`;
}

function deviceState(organization: Organization, deviceId: DeviceId): DeviceState {
  let device = organization.devices.get(deviceId);
  if (!device) {
    device = { lastSeq: 0, digests: new Map() };
    organization.devices.set(deviceId, device);
  }
  return device;
}

function pull(organization: Organization, request: SyncRequest, isSnapshot: boolean): Page {
  const limit = pageLimit(request.limit);
  const source = isSnapshot ? buildSnapshot(organization.records.values()) : organization.log;
  return pageChanges(source, request.cursor, limit);
}

function orderMessage(order: 'gap' | 'duplicate_mismatch', device: DeviceState): string {
  return order === 'gap'
    ? `The server expected change ${device.lastSeq + 1} from this device first.`
    : 'This change number was already used for different content.';
}
