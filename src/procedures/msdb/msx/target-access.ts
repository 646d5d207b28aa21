// Which targets a TargetServersRole login may act for: the ones it enlisted
// (msdb.dbo.msxd_target_logins, sql/0006). sysadmin acts for every target.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlError } from '../../../errors/catalog';
import { queryRow } from '../shared/agent-sql';
import { nlit } from '../shared/sql-text';

/**
 * True when the caller may act for `server` (upper-cased name): sysadmin always; another login
 * when it enlisted the target, or when nobody has (yet) — a first enlistment.
 */
export async function mayActFor(ctx: ProcedureContext, server: string): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  const row = await queryRow(ctx, `SELECT login_name FROM msdb.dbo.msxd_target_logins WHERE server_name = ${nlit(server)}`);
  return row === undefined || String(row.login_name).toLowerCase() === ctx.loginName.toLowerCase();
}

/** 14260: what a target login gets for another target's name */
export function notYourTarget(): Error {
  return sqlError(14260);
}

/** SQL that records (or replaces) the login that enlisted `server` */
export function recordEnlistingLogin(server: string): string {
  return `DELETE FROM msdb.dbo.msxd_target_logins WHERE server_name = ${nlit(server)};
INSERT INTO msdb.dbo.msxd_target_logins (server_name, login_name) VALUES (${nlit(server)}, SUSER_SNAME());`;
}

/** SQL that forgets the login of `server` */
export function forgetEnlistingLogin(server: string): string {
  return `DELETE FROM msdb.dbo.msxd_target_logins WHERE server_name = ${nlit(server)};`;
}
