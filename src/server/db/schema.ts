// The server's tables as Kysely sees them; every table leads with organization_id (design.md section 6).
import type { Generated } from 'kysely';
import type { Role } from '../../domain/accounts';

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: number;
}

export interface UsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled: Generated<number>;
  created_at: number;
}

export interface SessionsTable {
  token_hash: string;
  organization_id: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

/** The organization's last change seq; its row is the lock that keeps commit order = seq order. */
export interface OrganizationCountersTable {
  organization_id: string;
  last_seq: number;
}

/** Each device's last processed patch seq (applied or rejected). */
export interface DevicesTable {
  organization_id: string;
  device_id: string;
  user_id: string;
  last_seq: number;
  created_at: number;
}

/** Every processed patch's digest, and its rejection if it was rejected, to answer repeats alike. */
export interface ProcessedPatchesTable {
  organization_id: string;
  device_id: string;
  seq: number;
  digest: string;
  rejection_code: string | null;
  rejection_message: string | null;
}

/** The change log: one row per applied patch or server-made record, in seq order. */
export interface ChangesTable {
  organization_id: string;
  seq: number;
  entity: string;
  record_id: string;
  set_json: string;
  device_id: string;
  user_id: string;
  at: number;
  /** The device's own seq of the patch this change applied; null for changes the server made. */
  device_seq: number | null;
}

/** Each record's current state (fields, versions, writers) as JSON, and its latest change seq. */
export interface RecordsTable {
  organization_id: string;
  entity: string;
  record_id: string;
  state_json: string;
  latest_seq: number;
}

/** Photo bytes by SHA-256, per organization. */
export interface BlobsTable {
  organization_id: string;
  sha256: string;
  mime_type: string;
  byte_size: number;
  bytes: Uint8Array;
  created_by: string;
  created_at: number;
}

/**
 * One failed login or one setup/sign-up attempt, keyed by `account:<email>` or `address:<ip>`.
 * It leads with its key, not organization_id: an attempt comes before anyone is signed in.
 */
export interface LoginAttemptsTable {
  id: string;
  attempt_key: string;
  at: number;
}

/** Who did what, when and from where: sign-ins, user changes, sign-offs and exports. */
export interface AuditEventsTable {
  organization_id: string;
  /** A UUID v7, so ids sort by time. */
  id: string;
  at: number;
  user_id: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  details_json: string;
}

export interface Schema {
  organizations: OrganizationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  organization_counters: OrganizationCountersTable;
  devices: DevicesTable;
  processed_patches: ProcessedPatchesTable;
  changes: ChangesTable;
  records: RecordsTable;
  blobs: BlobsTable;
  login_attempts: LoginAttemptsTable;
  audit_events: AuditEventsTable;
}
