// Which targets a TargetServersRole login may act for: the ones it enlisted
// (msdb.dbo.msxd_target_logins, sql/0006). sysadmin acts for every target.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlError } from '../../../errors/catalog';
import { typed } from '../../../types/typed-value';
import { queryRow, sqlParams } from '../shared/agent-sql';
import { nlit } from '../shared/sql-text';
import { instructionNotifier } from './node-instruction-notifier';
import { SYSNAME } from './param-types';

const ENLISTED_BY = 'SELECT login_name FROM msdb.dbo.msxd_target_logins WHERE server_name = @server';

/**
 * True when the caller may act for `server` (upper-cased name): sysadmin always; another login
 * when it enlisted the target, or when nobody has (yet) — a first enlistment.
 */
export async function mayActFor(ctx: ProcedureContext, server: string): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  const row = await queryRow(ctx, ENLISTED_BY, '', sqlParams({ '@server': typed(SYSNAME, server) }));
  return row === undefined || sameLogin(String(row.login_name), ctx.loginName);
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * A target polls every minute or so, on a new connection each time: the guard's verdict (role
 * member, enlisted this target) is remembered per node, target and login for longer than a poll
 * interval, so an idle poll pays no lookups for it. Enlisting or removing the target forgets it
 * at once; a login dropped from TargetServersRole keeps acting for its targets for up to this long.
 */
export const TRUSTED_ACCESS_MS = 120_000;
const MAX_TRUSTED = 50_000;
const trusted = new Map<string, Map<object, { readonly login: string; readonly until: number }>>();

export function accessTrusted(ctx: ProcedureContext, server: string, now = Date.now()): boolean {
  const t = trusted.get(server)?.get(instructionNotifier(ctx));
  return t !== undefined && t.until > now && sameLogin(t.login, ctx.loginName);
}

export function trustAccess(ctx: ProcedureContext, server: string, now = Date.now()): void {
  if (trusted.size >= MAX_TRUSTED) trusted.clear();
  let perNode = trusted.get(server);
  if (!perNode) trusted.set(server, perNode = new Map());
  perNode.set(instructionNotifier(ctx), { login: ctx.loginName, until: now + TRUSTED_ACCESS_MS });
}

/** drops what the guard remembered about `server` (its enlisting login changes) */
export function forgetAccess(server: string): void {
  trusted.delete(server);
}

/** 14260: what a target login gets for another target's name */
export function notYourTarget(): Error {
  return sqlError(14260);
}

/** SQL that records (or replaces) the login that enlisted `server` */
export function recordEnlistingLogin(server: string): string {
  forgetAccess(server);
  return `DELETE FROM msdb.dbo.msxd_target_logins WHERE server_name = ${nlit(server)};
INSERT INTO msdb.dbo.msxd_target_logins (server_name, login_name) VALUES (${nlit(server)}, SUSER_SNAME());`;
}

/** SQL that forgets the login of `server` */
export function forgetEnlistingLogin(server: string): string {
  forgetAccess(server);
  return `DELETE FROM msdb.dbo.msxd_target_logins WHERE server_name = ${nlit(server)};`;
}
