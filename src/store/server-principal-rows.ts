import type { SessionStorage } from './api';
import { ciKey } from './collation-key';
import { localNowTicks } from './datetime-ticks';

// Server principals (logins and server roles) read and changed through a session's connection
// (master attached), so that the change joins the session's transaction. Password changes stay
// in NodeStore (scrypt, credential cache). Writers run under the caller's withWriteLock.

export interface ServerPrincipalRow {
  readonly principalId: number;
  readonly name: string;
  readonly sid: Buffer;
  /** 'S' SQL login, 'R' server role */
  readonly type: string;
  readonly isDisabled: boolean;
  readonly isFixedRole: boolean;
  readonly defaultDatabase: string | null;
}

interface Raw {
  principal_id: number; name: string; sid: Buffer; type: string; is_disabled: number; is_fixed_role: number; default_database: string | null;
}

const COLUMNS = 'principal_id, name, sid, type, is_disabled, is_fixed_role, default_database';

function toRow(r: Raw | undefined): ServerPrincipalRow | undefined {
  if (!r) return undefined;
  return {
    principalId: r.principal_id, name: r.name, sid: r.sid, type: r.type, isDisabled: r.is_disabled !== 0,
    isFixedRole: r.is_fixed_role !== 0, defaultDatabase: r.default_database,
  };
}

export function findServerPrincipal(s: SessionStorage, name: string): ServerPrincipalRow | undefined {
  const m = s.sqliteSchema('master');
  return toRow(s.get<Raw>(`SELECT ${COLUMNS} FROM ${m}.__msxd_server_principals WHERE name_key = ?`, [ciKey(name)]));
}

export function findServerPrincipalById(s: SessionStorage, id: number): ServerPrincipalRow | undefined {
  const m = s.sqliteSchema('master');
  return toRow(s.get<Raw>(`SELECT ${COLUMNS} FROM ${m}.__msxd_server_principals WHERE principal_id = ?`, [id]));
}

export function findServerPrincipalBySid(s: SessionStorage, sid: Buffer): ServerPrincipalRow | undefined {
  const m = s.sqliteSchema('master');
  return toRow(s.get<Raw>(`SELECT ${COLUMNS} FROM ${m}.__msxd_server_principals WHERE sid = ?`, [sid]));
}

/** Server roles the principal belongs to (public, id 2, always). */
export function serverRolesOf(s: SessionStorage, principalId: number): number[] {
  const m = s.sqliteSchema('master');
  const rows = s.all<{ id: number }>(
    `SELECT role_principal_id AS id FROM ${m}.__msxd_server_role_members WHERE member_principal_id = ?`, [principalId]);
  return [2, ...rows.map((r) => r.id)];
}

export function addServerRoleMember(s: SessionStorage, roleId: number, memberId: number): void {
  const m = s.sqliteSchema('master');
  s.run(`INSERT OR IGNORE INTO ${m}.__msxd_server_role_members (role_principal_id, member_principal_id) VALUES (?, ?)`, [roleId, memberId]);
}

export function dropServerRoleMember(s: SessionStorage, roleId: number, memberId: number): void {
  const m = s.sqliteSchema('master');
  s.run(`DELETE FROM ${m}.__msxd_server_role_members WHERE role_principal_id = ? AND member_principal_id = ?`, [roleId, memberId]);
}

export interface LoginChange {
  readonly name?: string;
  readonly defaultDatabase?: string;
  readonly defaultLanguage?: string;
}

export function updateLogin(s: SessionStorage, principalId: number, change: LoginChange): void {
  const m = s.sqliteSchema('master');
  const now = localNowTicks();
  if (change.name !== undefined) {
    s.run(`UPDATE ${m}.__msxd_server_principals SET name = ?, name_key = ?, modify_date = ? WHERE principal_id = ?`,
      [change.name, ciKey(change.name), now, principalId]);
  }
  if (change.defaultDatabase !== undefined) {
    s.run(`UPDATE ${m}.__msxd_server_principals SET default_database = ?, modify_date = ? WHERE principal_id = ?`,
      [change.defaultDatabase, now, principalId]);
  }
  if (change.defaultLanguage !== undefined) {
    s.run(`UPDATE ${m}.__msxd_server_principals SET default_language = ?, modify_date = ? WHERE principal_id = ?`,
      [change.defaultLanguage, now, principalId]);
  }
}

/** CHECK_POLICY / CHECK_EXPIRATION of a login (sys.sql_logins), kept in __msxd_server_meta since
 *  the principals table has no column for them. */
export interface LoginPolicy {
  readonly checkPolicy: boolean;
  readonly checkExpiration: boolean;
}

export const loginPolicyKey = (principalId: number): string => `login_policy:${principalId}`;

export function setLoginPolicy(s: SessionStorage, principalId: number, policy: LoginPolicy): void {
  const m = s.sqliteSchema('master');
  const value = `${policy.checkPolicy ? 'P' : ''}${policy.checkExpiration ? 'E' : ''}`;
  s.run(`INSERT OR REPLACE INTO ${m}.__msxd_server_meta (key, value) VALUES (?, ?)`, [loginPolicyKey(principalId), value]);
}

export function getLoginPolicy(s: SessionStorage, principalId: number): LoginPolicy {
  const m = s.sqliteSchema('master');
  const v = s.get<{ value: string }>(`SELECT value FROM ${m}.__msxd_server_meta WHERE key = ?`, [loginPolicyKey(principalId)])?.value;
  // Logins made before policies were recorded (sa at first start) were checked by default.
  return { checkPolicy: v === undefined || v.includes('P'), checkExpiration: v?.includes('E') ?? false };
}

export function deleteLoginPolicy(s: SessionStorage, principalId: number): void {
  const m = s.sqliteSchema('master');
  s.run(`DELETE FROM ${m}.__msxd_server_meta WHERE key = ?`, [loginPolicyKey(principalId)]);
}
