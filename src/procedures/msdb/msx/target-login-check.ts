// The guard of every procedure a target agent calls here: sysadmin or TargetServersRole (else 229
// on the procedure, as without an EXECUTE grant), and for a role member only its own targets
// (else 14260). Resolves to the upper-cased server name (undefined for NULL/'').
import type { ProcedureContext } from '../../../engine/procedure-registry';
import type { SqlValue } from '../../../types/values';
import { executeDenied, isTargetServerLogin, serverName } from './msx-sql';
import { mayActFor, notYourTarget } from './target-access';

export async function targetLoginFor(ctx: ProcedureContext, procedure: string, server: SqlValue): Promise<string | undefined> {
  if (!(await isTargetServerLogin(ctx))) throw executeDenied(procedure);
  const name = serverName(server);
  if (name !== undefined && !(await mayActFor(ctx, name))) throw notYourTarget();
  return name;
}
