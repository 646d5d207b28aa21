// Who a proxy is granted to (sysproxylogin): a login (flags 0, its SID), a server role (flags 1,
// the role's SID) or an msdb database role (flags 2, its principal_id and SID), as SQL Server's
// sp_verify_login_identifiers resolves @login_name / @fixed_server_role / @msdb_role. sysadmin
// logins may use every proxy, so granting or revoking them only says so (14395, severity 10).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { blit, ilit, nlit, queryRow, raise, sidIsSysadmin } from '../shared/index';

export const PROXY_LOGIN_FLAGS = { LOGIN: 0, FIXED_SERVER_ROLE: 1, MSDB_ROLE: 2 } as const;
export type ProxyLoginFlags = (typeof PROXY_LOGIN_FLAGS)[keyof typeof PROXY_LOGIN_FLAGS];

export interface ProxyPrincipal {
  readonly name: string;
  readonly flags: ProxyLoginFlags;
  /** '0x...'; msdb roles may have none */
  readonly sid: string | null;
  /** msdb roles */
  readonly principalId: number | null;
}

export interface PrincipalArgs {
  readonly loginName: string | undefined;
  readonly fixedServerRole: string | undefined;
  readonly msdbRole: string | undefined;
}

async function login(ctx: ProcedureContext, name: string): Promise<ProxyPrincipal | undefined> {
  const r = await queryRow(ctx, `SELECT name, CONVERT(nvarchar(200), sid, 1) AS sid FROM master.sys.server_principals
WHERE name = ${nlit(name)} AND type IN ('S', 'U', 'G')`);
  return r && { name: String(r.name), flags: PROXY_LOGIN_FLAGS.LOGIN, sid: String(r.sid), principalId: null };
}

async function serverRole(ctx: ProcedureContext, name: string): Promise<ProxyPrincipal | undefined> {
  const r = await queryRow(ctx, `SELECT name, CONVERT(nvarchar(200), sid, 1) AS sid FROM master.sys.server_principals
WHERE name = ${nlit(name)} AND type = 'R'`);
  return r && { name: String(r.name), flags: PROXY_LOGIN_FLAGS.FIXED_SERVER_ROLE, sid: String(r.sid), principalId: null };
}

async function msdbRole(ctx: ProcedureContext, name: string): Promise<ProxyPrincipal | undefined> {
  const r = await queryRow(ctx, `SELECT name, principal_id, CONVERT(nvarchar(200), sid, 1) AS sid FROM msdb.sys.database_principals
WHERE name = ${nlit(name)} AND type = 'R'`);
  return r && { name: String(r.name), flags: PROXY_LOGIN_FLAGS.MSDB_ROLE, sid: r.sid === null ? null : String(r.sid), principalId: Number(r.principal_id) };
}

/**
 * The principal named, in sp_verify_login_identifiers' order: an unknown login 14520 first, none
 * or more than one named 14519, an unknown server role 14521, an unknown msdb role 14522.
 */
export async function principalToGrant(ctx: ProcedureContext, a: PrincipalArgs): Promise<ProxyPrincipal | undefined> {
  let found: ProxyPrincipal | undefined;
  if (a.loginName !== undefined) {
    found = await login(ctx, a.loginName);
    if (!found) { await raise(ctx, 14520, a.loginName); return undefined; }
  }
  if (a.loginName === undefined && a.fixedServerRole === undefined && a.msdbRole === undefined) { await raise(ctx, 14519); return undefined; }
  let several = false;
  if (a.fixedServerRole !== undefined) {
    if (found) several = true;
    else {
      found = await serverRole(ctx, a.fixedServerRole);
      if (!found) { await raise(ctx, 14521, a.fixedServerRole); return undefined; }
    }
  }
  if (a.msdbRole !== undefined) {
    if (found) several = true;
    else {
      found = await msdbRole(ctx, a.msdbRole);
      if (!found) { await raise(ctx, 14522, a.msdbRole); return undefined; }
    }
  }
  if (several) { await raise(ctx, 14519); return undefined; }
  return found;
}

/** whether a login (by '0x...' SID) is a sysadmin: such logins use every proxy and are never granted one (14395) */
export async function isSysadminLogin(ctx: ProcedureContext, p: ProxyPrincipal): Promise<boolean> {
  return p.flags === PROXY_LOGIN_FLAGS.LOGIN && await sidIsSysadmin(ctx, p.sid!);
}

/** sp_revoke_login_from_proxy's @name: a login, else a fixed server role, else an msdb role */
export async function principalByName(ctx: ProcedureContext, name: string): Promise<ProxyPrincipal | undefined> {
  return (await login(ctx, name)) ?? (await serverRole(ctx, name)) ?? (await msdbRole(ctx, name));
}

/** the WHERE condition matching a principal's sysproxylogin row */
export function principalCondition(p: ProxyPrincipal): string {
  return p.flags === PROXY_LOGIN_FLAGS.MSDB_ROLE
    ? `flags = ${p.flags} AND principal_id = ${ilit(p.principalId)}`
    : `flags = ${p.flags} AND sid = ${blit(p.sid!)}`;
}

/**
 * A condition on sysproxylogin (alias pl) true when the login whose SID is @sid (a variable the
 * caller declares) may use the proxy through that row: the login itself, a fixed server role it
 * is a member of, or an msdb role its msdb user is a member of.
 */
export const LOGIN_MAY_USE_ROW = `(
  (pl.flags = 0 AND pl.sid = @sid)
  OR (pl.flags = 1 AND EXISTS (SELECT 1 FROM master.sys.server_role_members AS rm
      JOIN master.sys.server_principals AS r ON r.principal_id = rm.role_principal_id
      JOIN master.sys.server_principals AS m ON m.principal_id = rm.member_principal_id
      WHERE r.sid = pl.sid AND m.sid = @sid))
  OR (pl.flags = 2 AND EXISTS (SELECT 1 FROM msdb.sys.database_role_members AS dm
      JOIN msdb.sys.database_principals AS u ON u.principal_id = dm.member_principal_id
      WHERE dm.role_principal_id = pl.principal_id AND u.sid = @sid))
)`;
