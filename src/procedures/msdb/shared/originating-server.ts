// Originating servers (sysoriginatingservers_view): 0 is the local server; other rows are the MSX
// this server is enlisted in. Jobs downloaded from an MSX (master_server = 1) may only be changed
// by SQL Server Agent itself (14274).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow, raise } from './agent-sql';
import { nlit } from './sql-text';

/**
 * The originating_server_id for @originating_server (NULL/'' or '(LOCAL)' = the local server, 0),
 * or undefined after raising 14370.
 */
export async function originatingServerId(ctx: ProcedureContext, name: string | undefined): Promise<number | undefined> {
  const t = name?.trim().toUpperCase();
  if (!t || t === '(LOCAL)') return 0;
  const r = await queryRow(ctx, `SELECT originating_server_id FROM msdb.dbo.sysoriginatingservers_view WHERE UPPER(originating_server) = ${nlit(t)}`);
  if (r) return Number(r.originating_server_id);
  await raise(ctx, 14370);
  return undefined;
}
