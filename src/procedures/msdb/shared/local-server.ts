// The local server's name as the Agent procedures compare it: UPPER(SERVERPROPERTY('ServerName')).
// '(LOCAL)' is accepted as an alias where SQL Server's procedures accept it.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow } from './agent-sql';

export async function localServerName(ctx: ProcedureContext): Promise<string> {
  const r = await queryRow(ctx, `SELECT UPPER(CONVERT(sysname, SERVERPROPERTY('ServerName'))) AS n`);
  return String(r?.n ?? '');
}

/** trimmed, upper-cased server name; NULL/'' → undefined; '(LOCAL)' → the local name */
export async function normalizeServerName(ctx: ProcedureContext, name: string | null): Promise<string | undefined> {
  const t = name?.trim().toUpperCase();
  if (!t) return undefined;
  return t === '(LOCAL)' ? localServerName(ctx) : t;
}
