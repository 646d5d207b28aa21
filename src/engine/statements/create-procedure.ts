// CREATE [OR ALTER] / ALTER PROCEDURE: parameters are checked (types, unique names), the text is
// stored; the body runs when the procedure is executed (routines/tsql-procedure.ts). WITH
// RECOMPILE / EXECUTE AS are accepted and have no effect (msxd has no plans and one owner: dbo).
import { sqlError } from '../../errors/catalog';
import type { ProcedureStatement, RoutineParam } from '../../tsql/ast';
import { resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { storeModule } from '../routines/module-store';
import { notSupportedExpression } from './not-supported';

export function checkParameters(params: readonly RoutineParam[]): void {
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name.toLowerCase())) throw sqlError(134, p.name);
    seen.add(p.name.toLowerCase());
    if (p.type.kind === 'userType' && p.type.name.name.toLowerCase() === 'cursor') throw notSupportedExpression('CURSOR parameters');
    resolveTypeRef(p.type);
  }
}

export async function executeCreateProcedure(stmt: ProcedureStatement, scope: Scope): Promise<void> {
  checkParameters(stmt.params);
  if (stmt.options.includes('ENCRYPTION')) throw notSupportedExpression('WITH ENCRYPTION');
  await storeModule(scope, stmt.name, stmt.mode, 'P', stmt.sourceText);
}
