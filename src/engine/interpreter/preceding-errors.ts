// Some failures are two messages in SQL Server: a cause, then the error that ends the statement
// (a DMV refused: 300 "VIEW SERVER ... STATE permission was denied ..." then 297 "The user does
// not have permission to perform this action."). The thrower cannot send the cause itself: it does
// not know the statement's line, and inside TRY only the last error exists (ERROR_NUMBER() = 297),
// as with 1750 after its cause (ddl/follow-up.ts). So the cause rides on the error and
// handleStatementError sends it first, with the same line and procedure, when nothing catches.
import type { SqlError } from '../../errors/sql-error';

const preceding = new WeakMap<SqlError, readonly SqlError[]>();

/** `error`, to be reported after `causes` */
export function precededBy(error: SqlError, ...causes: SqlError[]): SqlError {
  preceding.set(error, causes);
  return error;
}

export function precedingErrors(error: SqlError): readonly SqlError[] {
  return preceding.get(error) ?? [];
}
