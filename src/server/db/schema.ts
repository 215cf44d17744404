// The server's tables as Kysely sees them; every table leads with organization_id (design.md section 6).
import type { Generated } from 'kysely';

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
  role: 'admin' | 'therapist' | 'reviewer';
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

export interface Schema {
  organizations: OrganizationsTable;
  users: UsersTable;
  sessions: SessionsTable;
}
