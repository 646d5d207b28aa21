// EXECUTE permission on the procedures written in TypeScript. 'sysadmin' procedures refuse other
// logins with 229 naming the procedure where SQL Server keeps it: system procedures in the
// resource database's sys schema, msdb/master ones in dbo.
import { sqlErrorWithState } from '../../errors/catalog';
import type { Scope } from '../interpreter/scope';
import type { ProcedureDefinition } from '../procedure-registry';

export function checkProcedurePermission(scope: Scope, def: ProcedureDefinition): void {
  if (def.permission === 'public' || scope.session.isSysadmin) return;
  const [database, schema] = def.home === 'system' ? ['mssqlsystemresource', 'sys'] : [def.home, 'dbo'];
  throw sqlErrorWithState(229, 5, 'EXECUTE', def.name, database, schema);
}
