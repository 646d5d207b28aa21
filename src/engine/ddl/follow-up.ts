// SQL Server reports a failed constraint or index definition as two errors: the cause (1767, 1776,
// 2714, 8111 ...) and then 1750 "Could not create constraint or index. See previous errors." Inside
// TRY only the last one reaches CATCH (ERROR_NUMBER() = 1750), as in SQL Server.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { Scope } from '../interpreter/scope';

const CONSTRAINT_CAUSES = new Set([1505, 1767, 1769, 1770, 1776, 1911, 8110, 8111, 1913]);

const marked = new WeakSet<SqlError>();

/** An error that is the cause of a follow-up even though its number is not one of the usual causes
 *  (2714 for a constraint's name, not the table's). */
export function asCause(e: SqlError): SqlError {
  marked.add(e);
  return e;
}

export async function withFollowUp<T>(scope: Scope, line: number, followUp: number, fn: () => Promise<T> | T,
  causes: ReadonlySet<number> = CONSTRAINT_CAUSES): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof SqlError) || !(causes.has(e.number) || marked.has(e))) throw e;
    if (scope.run.tryDepth === 0) {
      if (e.lineNumber === 0) e.lineNumber = line;
      if (e.procName === '') e.procName = scope.frame.procName;
      scope.run.sink.message(e);
    }
    throw sqlError(followUp);
  }
}
