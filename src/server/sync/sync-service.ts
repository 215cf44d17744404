// POST /api/v1/sync on the server: apply pushed patches in device order under the organization's
// seq lock, then serve the next page of changes (or of a snapshot, for a new device).
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { type AmendmentChange, changesWithEdit } from '../../domain/amendments';
import type { DeviceId, RecordId, UserId } from '../../domain/ids';
import type { RecordView } from '../../domain/record-view';
import type { Actor } from '../../domain/review';
import { judgeWrite } from '../../domain/write-rules';
import type { Patch, RawPatch, Rejection, SyncRequest, SyncResponse } from '../../sync/protocol';
import {
  checkPatchTarget,
  classifyPatch,
  type MergeContext,
  type MergeResult,
  mergePatch,
  pageLimit,
  patchDigest,
  serverEdit,
} from '../../sync/server-rules';
import { type Problem, validatePatch } from '../../sync/validate-patch';
import type { AuditLog } from '../audit/audit-log';
import type { Role } from '../auth/accounts';
import type { AnalyzeGuard } from '../db/analyze-guard';
import type { Database } from '../db/database';
import type { Schema } from '../db/schema';
import { HttpError } from '../http-error';
import { indexAmendment, loadPushRecords, type PushRecords, sceneOf } from './push-records';
import {
  addDevice,
  checkCursorWithinHead,
  deviceRowOf,
  lockCounter,
  type PushWrites,
  processedPatch,
  pullLog,
  pullSnapshot,
  type RecordWriteRow,
  recordKey,
  savePush,
} from './sync-repository';

export interface SyncCaller {
  organizationId: string;
  userId: string;
  /** The caller's name as the organization knows it: stamped on their sign-offs and comments. */
  name: string;
  role: Role;
  /** The caller's address, for the audit log. */
  ip?: string;
}

export interface SyncServiceOptions {
  now: () => number;
  newId: () => RecordId;
  auditLog: AuditLog;
  /** Told how many rows each committed push wrote, to keep the planner's statistics current. */
  analyzeGuard?: AnalyzeGuard;
}

interface PushState extends PushWrites {
  /** Records as they stand during this push: loaded once, then as merged. */
  loaded: PushRecords;
  written: Map<string, RecordWriteRow>;
  rejected: Rejection[];
  actor: Actor;
  /** Assessments this push signed off, for the audit log. */
  signedOff: RecordId[];
}

const DIGEST_PREFIX = 'sha256:';

/**
 * What the server keeps of each patch to recognize a repeat: the SHA-256 of its canonical JSON,
 * not the content itself, which is already in the change log (or was rejected).
 */
function keptDigest(raw: RawPatch): string {
  return DIGEST_PREFIX + createHash('sha256').update(patchDigest(raw)).digest('base64');
}

/** Whether a repeated patch is the one received then; older rows kept the canonical JSON itself. */
function matchesKeptDigest(raw: RawPatch, kept: string): boolean {
  return kept.startsWith(DIGEST_PREFIX) ? kept === keptDigest(raw) : kept === patchDigest(raw);
}

/** The sync service over the organization's database. */
export function createSyncService(database: Database, options: SyncServiceOptions) {
  const { db, kind } = database;

  async function answerRepeat(
    transaction: Transaction<Schema>,
    raw: RawPatch,
    state: PushState,
  ): Promise<void> {
    const stored = await processedPatch(transaction, state.organizationId, state.deviceId, raw.seq);
    const matchesStored =
      stored === undefined
        ? undefined
        : (patch: RawPatch) => matchesKeptDigest(patch, stored.digest);
    if (classifyPatch(state.deviceSeq, raw, matchesStored) === 'duplicate_mismatch') {
      const message = `Change ${raw.seq} of this device was already received with different content.`;
      state.rejected.push({ seq: raw.seq, code: 'duplicate_mismatch', message });
    } else if (stored?.rejection_code != null) {
      const code = stored.rejection_code as Rejection['code'];
      state.rejected.push({ seq: raw.seq, code, message: stored.rejection_message ?? '' });
    }
  }

  /** A patch that may be applied, with its `set` as judged, and the amendment entry it needs. */
  interface Accepted {
    patch: Patch;
    amendment?: { record: RecordView; changes: AmendmentChange[] };
  }

  /** Checks one patch against the registry and the write rules; the problem, or what to apply. */
  function judge(raw: RawPatch, state: PushState): Problem | Accepted {
    const checked = validatePatch(raw, options.now());
    if (!checked.ok) return checked;
    const { patch } = checked;
    const current = state.loaded.current.get(recordKey(patch.entity, patch.id));
    const verdict = judgeWrite(
      state.actor,
      { ...patch, before: current?.fields },
      sceneOf(state.loaded),
    );
    if (!verdict.ok) return verdict;
    const targetProblem = checkPatchTarget(current, patch);
    if (targetProblem !== undefined) return targetProblem;
    const applied = { ...patch, set: verdict.set };
    if (verdict.amendment === undefined) return { patch: applied };
    const edit = { ...applied, before: current?.fields ?? {} };
    const changes = changesWithEdit(verdict.amendment.fields, edit);
    if (changes === undefined) {
      const message = 'This amendment holds as many changes as fit; finish it and open another.';
      return { code: 'amendment_full', message };
    }
    return { patch: applied, amendment: { record: verdict.amendment, changes } };
  }

  function applyOne(raw: RawPatch, state: PushState): void {
    const digest = keptDigest(raw);
    state.deviceSeq = raw.seq;
    const outcome = judge(raw, state);
    if ('code' in outcome) {
      const rejection = { seq: raw.seq, code: outcome.code, message: outcome.message };
      state.rejected.push(rejection);
      state.processed.push({ seq: raw.seq, digest, rejection });
      return;
    }
    const { patch, amendment } = outcome;
    const context = { nextSeq: () => ++state.lastSeq, newId: options.newId, nowMs: options.now() };
    const current = state.loaded.current.get(recordKey(patch.entity, patch.id));
    const author = { deviceId: state.deviceId, userId: state.userId as UserId };
    keep(state, mergePatch(current, patch, author, context), raw.seq);
    if (amendment !== undefined) {
      keep(state, recordAmendment(state, amendment.record, amendment.changes, context), null);
    }
    state.processed.push({ seq: raw.seq, digest });
    if (patch.entity === 'assessment' && patch.set.status === 'signed') {
      state.signedOff.push(patch.id);
    }
  }

  /** The server's entry of an amended edit in the writer's open amendment. */
  function recordAmendment(
    state: PushState,
    amendment: RecordView,
    changes: AmendmentChange[],
    context: MergeContext,
  ): MergeResult {
    const id = amendment.id as RecordId;
    const stored = state.loaded.current.get(recordKey('amendment', id));
    const target = { entity: 'amendment' as const, id, set: { changes } };
    return serverEdit(stored, target, state.userId as UserId, context);
  }

  /** Queues a merge's changes and records; the first change carries the device's seq, if any. */
  function keep(state: PushState, result: MergeResult, deviceSeq: number | null): void {
    state.changes.push(
      ...result.changes.map((change, index) => ({
        change,
        deviceSeq: index === 0 ? deviceSeq : null,
      })),
    );
    for (const write of result.writes) {
      const key = recordKey(write.entity, write.id);
      state.loaded.current.set(key, write.record);
      state.written.set(key, { ...write, latestSeq: state.lastSeq });
      if (write.entity === 'amendment') indexAmendment(state.loaded, key);
    }
  }

  /** The device's last processed seq; refuses a device id another user already pushed with. */
  async function ownDeviceSeq(
    executor: Transaction<Schema> | typeof db,
    caller: SyncCaller,
    deviceId: DeviceId,
  ): Promise<number | undefined> {
    const device = await deviceRowOf(executor, caller.organizationId, deviceId);
    if (device !== undefined && device.userId !== caller.userId) {
      throw new HttpError(
        403,
        'device_owner',
        'This device id belongs to another user of the organization; send these edits under a device id of your own.',
      );
    }
    return device?.lastSeq;
  }

  async function startPush(
    transaction: Transaction<Schema>,
    caller: SyncCaller,
    request: SyncRequest,
  ): Promise<PushState> {
    const lastSeq = await lockCounter(transaction, kind, caller.organizationId);
    let deviceSeq = await ownDeviceSeq(transaction, caller, request.deviceId);
    if (deviceSeq === undefined) {
      deviceSeq = 0;
      await addDevice(
        transaction,
        caller.organizationId,
        request.deviceId,
        caller.userId,
        options.now(),
      );
    }
    return {
      organizationId: caller.organizationId,
      deviceId: request.deviceId,
      userId: caller.userId,
      lastSeq,
      deviceSeq,
      changes: [],
      records: [],
      processed: [],
      rejected: [],
      actor: { id: caller.userId, name: caller.name, role: caller.role },
      signedOff: [],
      written: new Map(),
      loaded: await loadPushRecords(transaction, kind, caller.organizationId, request.push),
    };
  }

  /** Files each sign-off of the push in the audit log, in the push's transaction. */
  async function recordSignOffs(
    transaction: Transaction<Schema>,
    caller: SyncCaller,
    state: PushState,
  ): Promise<void> {
    for (const assessmentId of state.signedOff) {
      const entry = {
        organizationId: caller.organizationId,
        userId: caller.userId,
        action: 'assessment_signed' as const,
        target: `assessment/${assessmentId}`,
        details: { deviceId: state.deviceId },
        ...(caller.ip === undefined ? {} : { ip: caller.ip }),
      };
      await options.auditLog.record(entry, transaction);
    }
  }

  async function push(caller: SyncCaller, request: SyncRequest) {
    const pushed = await db.transaction().execute(async (transaction) => {
      const state = await startPush(transaction, caller, request);
      for (const raw of [...request.push].sort((left, right) => left.seq - right.seq)) {
        if (raw.seq <= state.deviceSeq) await answerRepeat(transaction, raw, state);
        else if (raw.seq > state.deviceSeq + 1) {
          const message = `Change ${raw.seq} arrived before change ${state.deviceSeq + 1} of this device.`;
          state.rejected.push({ seq: raw.seq, code: 'gap', message });
          break;
        } else applyOne(raw, state);
      }
      await savePush(transaction, { ...state, records: [...state.written.values()] });
      await recordSignOffs(transaction, caller, state);
      const rowsWritten = state.changes.length + state.written.size + state.processed.length;
      return { acked: state.deviceSeq, rejected: state.rejected, rowsWritten };
    });
    options.analyzeGuard?.noteWrites(pushed.rowsWritten);
    return { acked: pushed.acked, rejected: pushed.rejected };
  }

  /**
   * Handles one sync request of a signed-in user. A cursor past the organization's last change
   * is refused (CursorAheadError) before the push is looked at, so that request applies
   * nothing; the device reads a snapshot and sends the same push again.
   */
  async function sync(caller: SyncCaller, request: SyncRequest): Promise<SyncResponse> {
    await checkCursorWithinHead(db, caller.organizationId, request.cursor);
    const pushed =
      request.push.length > 0
        ? await push(caller, request)
        : {
            acked: (await ownDeviceSeq(db, caller, request.deviceId as DeviceId)) ?? 0,
            rejected: [],
          };
    const limit = pageLimit(request.limit);
    const isSnapshot = request.cursor === 0 || request.snapshot === true;
    const page = isSnapshot
      ? await pullSnapshot(db, caller.organizationId, request.cursor, limit)
      : await pullLog(db, caller.organizationId, request.cursor, limit);
    return { ...pushed, ...page };
  }

  return { sync };
}

export type SyncService = ReturnType<typeof createSyncService>;
