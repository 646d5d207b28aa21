// The guard of every procedure a target agent calls here: sysadmin or TargetServersRole (else 229
// on the procedure, as without an EXECUTE grant), and for a role member only its own targets
// (else 14260). Resolves to the upper-cased server name (undefined for NULL/''). Both checks are
// one query, and a passed guard is remembered for a while (target-access.ts).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { typed } from '../../../types/typed-value';
import type { SqlValue } from '../../../types/values';
import { queryRow, sqlParams } from '../shared/agent-sql';
import { executeDenied, serverName } from './msx-sql';
import { SYSNAME } from './param-types';
import { accessTrusted, notYourTarget, sameLogin, trustAccess } from './target-access';

const GUARD = `SELECT ISNULL(IS_MEMBER(N'TargetServersRole'), 0) AS member,
  (SELECT login_name FROM msdb.dbo.msxd_target_logins WHERE server_name = @server) AS login_name`;

export async function targetLoginFor(ctx: ProcedureContext, procedure: string, server: SqlValue): Promise<string | undefined> {
  const name = serverName(server);
  if (ctx.isSysadmin) return name;
  if (name !== undefined && accessTrusted(ctx, name)) return name;
  const row = await queryRow(ctx, GUARD, '', sqlParams({ '@server': typed(SYSNAME, name ?? null) }));
  if (Number(row?.member ?? 0) !== 1) throw executeDenied(procedure);
  if (name === undefined) return name;
  const owner = row?.login_name;
  if (owner !== null && owner !== undefined && !sameLogin(String(owner), ctx.loginName)) throw notYourTarget();
  // a target nobody enlisted yet is not remembered: its first enlistment records its login
  if (owner !== null && owner !== undefined) trustAccess(ctx, name);
  return name;
}
