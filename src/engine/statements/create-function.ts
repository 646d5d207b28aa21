// CREATE [OR ALTER] / ALTER FUNCTION: scalar functions run through routines/user-function.ts.
// Table-valued functions are stored (their text is kept) for the query translator to inline.
// A function body may not have side effects: PRINT, RAISERROR, EXEC, transactions, DML on tables
// are rejected with 443 as SQL Server does at creation.
import { sqlError } from '../../errors/catalog';
import type { FunctionStatement, Statement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { moduleType, storeModule } from '../routines/module-store';
import { checkParameters } from './create-procedure';
import { notSupportedExpression } from './not-supported';

const SIDE_EFFECTS: Partial<Record<Statement['kind'], string>> = {
  print: 'PRINT', raiserror: 'RAISERROR', exec: 'EXECUTE', execString: 'EXECUTE', beginTransaction: 'BEGIN TRANSACTION',
  commitTransaction: 'COMMIT TRANSACTION', rollbackTransaction: 'ROLLBACK TRANSACTION', saveTransaction: 'SAVE TRANSACTION',
  createTable: 'CREATE TABLE', drop: 'DROP', truncateTable: 'TRUNCATE TABLE', use: 'USE', throw: 'THROW',
  waitfor: 'WAITFOR', setOption: 'SET OPTION ON',
};

export function checkFunctionBody(statements: readonly Statement[]): void {
  for (const st of statements) {
    const effect = SIDE_EFFECTS[st.kind];
    if (effect) throw sqlError(443, effect);
    if ((st.kind === 'insert' || st.kind === 'update' || st.kind === 'delete') && st.target.kind !== 'tableVariable') {
      throw sqlError(443, st.kind.toUpperCase());
    }
    if (st.kind === 'block') checkFunctionBody(st.statements);
    if (st.kind === 'if') checkFunctionBody(st.else ? [st.then, st.else] : [st.then]);
    if (st.kind === 'while') checkFunctionBody([st.body]);
    if (st.kind === 'tryCatch') throw notSupportedExpression('TRY...CATCH in a function');
  }
}

export async function executeCreateFunction(stmt: FunctionStatement, scope: Scope): Promise<void> {
  checkParameters(stmt.params);
  if (stmt.params.some((p) => p.output)) throw notSupportedExpression('OUTPUT parameters of functions');
  if (stmt.returns.kind !== 'inlineTable') checkFunctionBody(stmt.returns.body);
  await storeModule(scope, stmt.name, stmt.mode, moduleType(stmt), stmt.sourceText);
}
