import type { SessionStorage } from './api';
import { ciKey } from './collation-key';
import { localNowTicks } from './datetime-ticks';

// Database principals (users, roles) and role membership in one database's catalogue
// (__msxd_principals, __msxd_role_members): one exported function per operation. Writers must run
// under the caller's withWriteLock (or transaction) so a statement's rows change atomically.

/** SQL Server's fixed database roles and their principal_ids (sys.database_principals). */
export const FIXED_DATABASE_ROLES = [
  { id: 16384, name: 'db_owner' },
  { id: 16385, name: 'db_accessadmin' },
  { id: 16386, name: 'db_securityadmin' },
  { id: 16387, name: 'db_ddladmin' },
  { id: 16389, name: 'db_backupoperator' },
  { id: 16390, name: 'db_datareader' },
  { id: 16391, name: 'db_datawriter' },
  { id: 16392, name: 'db_denydatareader' },
  { id: 16393, name: 'db_denydatawriter' },
] as const;

/** User-created users and roles are numbered from 5 up (below the fixed roles). */
const FIRST_USER_PRINCIPAL_ID = 5;
const FIRST_FIXED_ROLE_ID = 16384;

export interface DatabasePrincipalRow {
  readonly principalId: number;
  readonly name: string;
  /** 'S' SQL user, 'R' database role */
  readonly type: string;
  readonly sid: Buffer | null;
  readonly defaultSchema: string | null;
  readonly owningPrincipalId: number | null;
}

interface RawPrincipal {
  principal_id: number; name: string; type: string; sid: Buffer | null; default_schema_name: string | null; owning_principal_id: number | null;
}

const COLUMNS = 'principal_id, name, type, sid, default_schema_name, owning_principal_id';

function toRow(r: RawPrincipal | undefined): DatabasePrincipalRow | undefined {
  if (!r) return undefined;
  return {
    principalId: r.principal_id, name: r.name, type: r.type, sid: r.sid,
    defaultSchema: r.default_schema_name, owningPrincipalId: r.owning_principal_id,
  };
}

/** Fixed roles are not all seeded by older catalogues: add the missing ones (idempotent). */
export function ensureFixedDatabaseRoles(s: SessionStorage, database: string): void {
  const db = s.sqliteSchema(database);
  const now = localNowTicks();
  for (const r of FIXED_DATABASE_ROLES) {
    s.run(`INSERT OR IGNORE INTO ${db}.__msxd_principals
             (principal_id, name, name_key, type, sid, default_schema_name, owning_principal_id, create_date, modify_date)
           VALUES (?, ?, ?, 'R', NULL, NULL, 1, ?, ?)`, [r.id, r.name, ciKey(r.name), now, now]);
  }
}

export function findDatabasePrincipal(s: SessionStorage, database: string, name: string): DatabasePrincipalRow | undefined {
  const db = s.sqliteSchema(database);
  const row = toRow(s.get<RawPrincipal>(`SELECT ${COLUMNS} FROM ${db}.__msxd_principals WHERE name_key = ?`, [ciKey(name)]));
  if (row) return row;
  const fixed = FIXED_DATABASE_ROLES.find((r) => ciKey(r.name) === ciKey(name));
  return fixed ? { principalId: fixed.id, name: fixed.name, type: 'R', sid: null, defaultSchema: null, owningPrincipalId: 1 } : undefined;
}

export function findDatabasePrincipalById(s: SessionStorage, database: string, id: number): DatabasePrincipalRow | undefined {
  const db = s.sqliteSchema(database);
  const row = toRow(s.get<RawPrincipal>(`SELECT ${COLUMNS} FROM ${db}.__msxd_principals WHERE principal_id = ?`, [id]));
  if (row) return row;
  const fixed = FIXED_DATABASE_ROLES.find((r) => r.id === id);
  return fixed ? { principalId: fixed.id, name: fixed.name, type: 'R', sid: null, defaultSchema: null, owningPrincipalId: 1 } : undefined;
}

/** The user mapped to a login (by SID). */
export function findUserBySid(s: SessionStorage, database: string, sid: Buffer): DatabasePrincipalRow | undefined {
  const db = s.sqliteSchema(database);
  return toRow(s.get<RawPrincipal>(`SELECT ${COLUMNS} FROM ${db}.__msxd_principals WHERE sid = ? AND type <> 'R'`, [sid]));
}

export interface NewDatabasePrincipal {
  readonly name: string;
  readonly type: 'S' | 'R';
  readonly sid: Buffer | null;
  readonly defaultSchema: string | null;
  readonly owningPrincipalId: number | null;
}

export function insertDatabasePrincipal(s: SessionStorage, database: string, p: NewDatabasePrincipal): number {
  const db = s.sqliteSchema(database);
  const next = s.get<{ id: number }>(
    `SELECT max(coalesce(max(principal_id) + 1, 0), ${FIRST_USER_PRINCIPAL_ID}) AS id
       FROM ${db}.__msxd_principals WHERE principal_id < ${FIRST_FIXED_ROLE_ID}`);
  const id = next?.id ?? FIRST_USER_PRINCIPAL_ID;
  const now = localNowTicks();
  s.run(`INSERT INTO ${db}.__msxd_principals
           (principal_id, name, name_key, type, sid, default_schema_name, owning_principal_id, create_date, modify_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  [id, p.name, ciKey(p.name), p.type, p.sid, p.defaultSchema, p.owningPrincipalId, now, now]);
  return id;
}

export interface DatabasePrincipalChange {
  readonly name?: string;
  readonly defaultSchema?: string | null;
  readonly sid?: Buffer;
}

export function updateDatabasePrincipal(s: SessionStorage, database: string, id: number, change: DatabasePrincipalChange): void {
  const db = s.sqliteSchema(database);
  const now = localNowTicks();
  if (change.name !== undefined) {
    s.run(`UPDATE ${db}.__msxd_principals SET name = ?, name_key = ?, modify_date = ? WHERE principal_id = ?`,
      [change.name, ciKey(change.name), now, id]);
  }
  if (change.defaultSchema !== undefined) {
    s.run(`UPDATE ${db}.__msxd_principals SET default_schema_name = ?, modify_date = ? WHERE principal_id = ?`, [change.defaultSchema, now, id]);
  }
  if (change.sid !== undefined) {
    s.run(`UPDATE ${db}.__msxd_principals SET sid = ?, modify_date = ? WHERE principal_id = ?`, [change.sid, now, id]);
  }
}

/** Removes the principal with its memberships and the permissions granted to it. */
export function deleteDatabasePrincipal(s: SessionStorage, database: string, id: number): void {
  const db = s.sqliteSchema(database);
  s.run(`DELETE FROM ${db}.__msxd_role_members WHERE member_principal_id = ? OR role_principal_id = ?`, [id, id]);
  s.run(`DELETE FROM ${db}.__msxd_permissions WHERE grantee_principal_id = ?`, [id]);
  s.run(`DELETE FROM ${db}.__msxd_principals WHERE principal_id = ?`, [id]);
}

export function addDatabaseRoleMember(s: SessionStorage, database: string, roleId: number, memberId: number): void {
  const db = s.sqliteSchema(database);
  s.run(`INSERT OR IGNORE INTO ${db}.__msxd_role_members (role_principal_id, member_principal_id) VALUES (?, ?)`, [roleId, memberId]);
}

export function dropDatabaseRoleMember(s: SessionStorage, database: string, roleId: number, memberId: number): void {
  const db = s.sqliteSchema(database);
  s.run(`DELETE FROM ${db}.__msxd_role_members WHERE role_principal_id = ? AND member_principal_id = ?`, [roleId, memberId]);
}

export function countRoleMembers(s: SessionStorage, database: string, roleId: number): number {
  const db = s.sqliteSchema(database);
  return s.get<{ n: number }>(`SELECT count(*) AS n FROM ${db}.__msxd_role_members WHERE role_principal_id = ?`, [roleId])?.n ?? 0;
}

/** Every role the principal belongs to, directly or through other roles (public included). */
export function roleClosure(s: SessionStorage, database: string, principalId: number): number[] {
  const db = s.sqliteSchema(database);
  const rows = s.all<{ id: number }>(
    `WITH RECURSIVE r(id) AS (
       SELECT role_principal_id FROM ${db}.__msxd_role_members WHERE member_principal_id = ?
       UNION SELECT m.role_principal_id FROM ${db}.__msxd_role_members m JOIN r ON m.member_principal_id = r.id)
     SELECT id FROM r`, [principalId]);
  return [0, ...rows.map((r) => r.id)];
}

export function countOwnedSchemas(s: SessionStorage, database: string, principalId: number): number {
  const db = s.sqliteSchema(database);
  return s.get<{ n: number }>(`SELECT count(*) AS n FROM ${db}.__msxd_schemas WHERE principal_id = ?`, [principalId])?.n ?? 0;
}
