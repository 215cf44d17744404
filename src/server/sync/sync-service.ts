// POST /api/v1/sync on the server: apply pushed patches in device order under the organization's
// seq lock, then serve the next page of changes (or of a snapshot, for a new device).
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { type EntityName, isEntityName } from '../../domain/entities';
import { type DeviceId, isRecordId, type RecordId, type UserId } from '../../domain/ids';
import type { RawPatch, Rejection, SyncRequest, SyncResponse } from '../../sync/protocol';
import {
  checkPatchTarget,
  classifyPatch,
  mergePatch,
  pageLimit,
  patchDigest,
  type StoredRecord,
} from '../../sync/server-rules';
import { validatePatch } from '../../sync/validate-patch';
import type { AuditLog } from '../audit/audit-log';
import type { Role } from '../auth/accounts';
import {
  assessmentAccessForbiddenReason,
  assessmentOfPatch,
  patchForbiddenReason,
  signatureForbiddenReason,
} from '../auth/roles';
import type { Database } from '../db/database';
import type { Schema } from '../db/schema';
import {
  addDevice,
  checkCursorWithinHead,
  deviceSeqOf,
  loadRecords,
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
  role: Role;
  /** The caller's address, for the audit log. */
  ip?: string;
}

export interface SyncServiceOptions {
  now: () => number;
  newId: () => RecordId;
  auditLog: AuditLog;
}

interface PushState extends PushWrites {
  /** Records as they stand during this push: loaded once, then as merged. */
  current: Map<string, StoredRecord>;
  written: Map<string, RecordWriteRow>;
  rejected: Rejection[];
  role: Role;
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

  function applyOne(raw: RawPatch, state: PushState): void {
    const digest = keptDigest(raw);
    state.deviceSeq = raw.seq;
    const reject = (code: Rejection['code'], message: string) => {
      const rejection = { seq: raw.seq, code, message };
      state.rejected.push(rejection);
      state.processed.push({ seq: raw.seq, digest, rejection });
    };
    const verdict = validatePatch(raw, options.now());
    if (!verdict.ok) {
      reject(verdict.code, verdict.message);
      return;
    }
    const { patch } = verdict;
    const forbidden =
      patchForbiddenReason(state.role, patch.entity, Object.keys(patch.set)) ??
      signatureForbiddenReason(state.userId, patch.entity, patch.set);
    if (forbidden !== undefined) {
      reject('forbidden', forbidden);
      return;
    }
    const current = state.current.get(recordKey(patch.entity, patch.id));
    const assessmentId = assessmentOfPatch(patch.entity, patch.id, patch.set, current);
    const assessment =
      assessmentId === undefined
        ? undefined
        : state.current.get(recordKey('assessment', assessmentId));
    const denied = assessmentAccessForbiddenReason(state.role, state.userId, assessment, patch);
    if (denied !== undefined) {
      reject('forbidden', denied);
      return;
    }
    const targetProblem = checkPatchTarget(current, patch);
    if (targetProblem !== undefined) {
      reject(targetProblem.code, targetProblem.message);
      return;
    }
    const author = { deviceId: state.deviceId, userId: state.userId as UserId };
    const result = mergePatch(current, patch, author, {
      nextSeq: () => ++state.lastSeq,
      newId: options.newId,
      nowMs: options.now(),
    });
    state.changes.push(
      ...result.changes.map((change, index) => ({
        change,
        deviceSeq: index === 0 ? raw.seq : null,
      })),
    );
    for (const write of result.writes) {
      const key = recordKey(write.entity, write.id);
      state.current.set(key, write.record);
      state.written.set(key, { ...write, latestSeq: state.lastSeq });
    }
    state.processed.push({ seq: raw.seq, digest });
    if (patch.entity === 'assessment' && patch.set.status === 'signed')
      state.signedOff.push(patch.id);
  }

  async function startPush(
    transaction: Transaction<Schema>,
    caller: SyncCaller,
    request: SyncRequest,
  ): Promise<PushState> {
    const lastSeq = await lockCounter(transaction, kind, caller.organizationId);
    let deviceSeq = await deviceSeqOf(transaction, caller.organizationId, request.deviceId);
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
    // Only well-formed ids reach the query; the rest are rejected patch by patch.
    const keys = request.push.flatMap((raw) =>
      isRecordId(raw.id) && isEntityName(raw.entity) ? [{ entity: raw.entity, id: raw.id }] : [],
    );
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
      role: caller.role,
      signedOff: [],
      written: new Map(),
      current: await loadWithAssessments(transaction, caller.organizationId, keys, request),
    };
  }

  /** The records the push writes, and the assessments they belong to (whose owner decides). */
  async function loadWithAssessments(
    transaction: Transaction<Schema>,
    organizationId: string,
    keys: readonly { entity: EntityName; id: RecordId }[],
    request: SyncRequest,
  ): Promise<Map<string, StoredRecord>> {
    const current = await loadRecords(transaction, organizationId, keys);
    const assessmentKeys = new Map<string, { entity: EntityName; id: RecordId }>();
    for (const raw of request.push) {
      if (!isEntityName(raw.entity) || !isRecordId(raw.id)) continue;
      const set = (typeof raw.set === 'object' && raw.set !== null ? raw.set : {}) as Record<
        string,
        unknown
      >;
      const stored = current.get(recordKey(raw.entity, raw.id));
      const assessmentId = assessmentOfPatch(raw.entity, raw.id, set, stored);
      const key = assessmentId === undefined ? '' : recordKey('assessment', assessmentId);
      if (isRecordId(assessmentId) && !current.has(key)) {
        assessmentKeys.set(key, { entity: 'assessment', id: assessmentId });
      }
    }
    const assessments = await loadRecords(transaction, organizationId, [
      ...assessmentKeys.values(),
    ]);
    for (const [key, record] of assessments) current.set(key, record);
    return current;
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
    return db.transaction().execute(async (transaction) => {
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
      return { acked: state.deviceSeq, rejected: state.rejected };
    });
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
            acked:
              (await deviceSeqOf(db, caller.organizationId, request.deviceId as DeviceId)) ?? 0,
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
