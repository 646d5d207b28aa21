import { randomBytes } from 'node:crypto';
import type { CreateLoginOptions, LoginInfoRow } from './api';
import { ciKey } from './collation-key';
import { localNowTicks } from './datetime-ticks';
import type { MasterAccess } from './master-access';
import { FIRST_USER_PRINCIPAL_ID, SYSADMIN_ROLE_ID } from './server-schema';

// One exported function per operation on login rows (server principals of type 'S').

export interface LoginSecretRow {
  readonly principal_id: number;
  readonly name: string;
  readonly password_hash: string | null;
  readonly password_generation: number;
  readonly is_disabled: number;
  readonly default_database: string | null;
  readonly is_sysadmin: number;
}

export function findLoginSecret(m: MasterAccess, name: string): LoginSecretRow | undefined {
  const p = m.schema;
  return m.get<LoginSecretRow>(
    `SELECT l.principal_id, l.name, l.password_hash, l.password_generation, l.is_disabled, l.default_database,
            EXISTS (SELECT 1 FROM ${p}.__msxd_server_role_members r
                    WHERE r.member_principal_id = l.principal_id AND r.role_principal_id = ${SYSADMIN_ROLE_ID}) AS is_sysadmin
       FROM ${p}.__msxd_server_principals l WHERE l.name_key = ? AND l.type = 'S'`, [ciKey(name)]);
}

interface LoginListRow {
  principal_id: bigint; name: string; sid: Buffer; is_disabled: bigint; default_database: string | null;
  create_date: bigint; is_sysadmin: bigint;
}

export function listLoginRows(m: MasterAccess): LoginInfoRow[] {
  const p = m.schema;
  return m.allBig<LoginListRow>(
    `SELECT l.principal_id, l.name, l.sid, l.is_disabled, l.default_database, l.create_date,
            EXISTS (SELECT 1 FROM ${p}.__msxd_server_role_members r
                    WHERE r.member_principal_id = l.principal_id AND r.role_principal_id = ${SYSADMIN_ROLE_ID}) AS is_sysadmin
       FROM ${p}.__msxd_server_principals l WHERE l.type = 'S' ORDER BY l.principal_id`).map((r) => ({
    principalId: Number(r.principal_id),
    name: r.name,
    sid: r.sid,
    isDisabled: r.is_disabled !== 0n,
    isSysadmin: r.is_sysadmin !== 0n,
    defaultDatabase: r.default_database ?? 'master',
    createDate: r.create_date,
  }));
}

/** Inserts a SQL login; the caller checked the name is free and hashed the password. */
export function insertLogin(m: MasterAccess, name: string, passwordHash: string, options: CreateLoginOptions & { principalId?: number }): number {
  const p = m.schema;
  const now = localNowTicks();
  const next = m.get<{ id: number }>(
    `SELECT max(coalesce(max(principal_id) + 1, 0), ${FIRST_USER_PRINCIPAL_ID}) AS id FROM ${p}.__msxd_server_principals`);
  const principalId = options.principalId ?? next?.id ?? FIRST_USER_PRINCIPAL_ID;
  m.run(
    `INSERT INTO ${p}.__msxd_server_principals
       (principal_id, name, name_key, sid, type, is_disabled, default_database, default_language,
        password_hash, password_generation, create_date, modify_date)
     VALUES (?, ?, ?, ?, 'S', ?, ?, 'us_english', ?, 1, ?, ?)`,
    [principalId, name, ciKey(name), options.sid ?? randomBytes(16), options.disabled ? 1 : 0,
      options.defaultDatabase ?? 'master', passwordHash, now, now]);
  if (options.sysadmin) addRoleMember(m, SYSADMIN_ROLE_ID, principalId);
  return principalId;
}

export function addRoleMember(m: MasterAccess, roleId: number, memberId: number): void {
  m.run(`INSERT OR IGNORE INTO ${m.schema}.__msxd_server_role_members (role_principal_id, member_principal_id) VALUES (?, ?)`,
    [roleId, memberId]);
}

export function updatePassword(m: MasterAccess, principalId: number, passwordHash: string): void {
  m.run(`UPDATE ${m.schema}.__msxd_server_principals
            SET password_hash = ?, password_generation = password_generation + 1, modify_date = ?
          WHERE principal_id = ?`, [passwordHash, localNowTicks(), principalId]);
}

export function updateDisabled(m: MasterAccess, principalId: number, disabled: boolean): void {
  m.run(`UPDATE ${m.schema}.__msxd_server_principals SET is_disabled = ?, modify_date = ? WHERE principal_id = ?`,
    [disabled ? 1 : 0, localNowTicks(), principalId]);
}

export function deleteLogin(m: MasterAccess, principalId: number): void {
  m.run(`DELETE FROM ${m.schema}.__msxd_server_role_members WHERE member_principal_id = ?`, [principalId]);
  m.run(`DELETE FROM ${m.schema}.__msxd_server_principals WHERE principal_id = ?`, [principalId]);
}
