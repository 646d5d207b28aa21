// sp_prepare's RETURN_METADATA option (options & 1): the prepared statement's result columns as a
// COLMETADATA with no rows, which FreeTDS's ODBC driver asks for to answer SQLNumResultCols /
// SQLDescribeCol on a prepared statement before it runs (jTDS asks the same way). The columns come
// from the same analysis as sp_describe_first_result_set; a statement that sends no result set, or
// one that analysis cannot describe (dynamic SQL: 115xx), sends nothing, as a statement whose
// metadata SQL Server cannot know before it runs. Its own compile errors are the batch's.
import { SqlError } from '../../errors/sql-error';
import type { Scope } from '../interpreter/scope';
import { analysisScope } from './describe-procedures';
import { firstResultSet } from './first-result-set';

const DESCRIBE_ERRORS = { first: 11500, last: 11599 } as const;

export async function sendPreparedMetadata(text: string, declarations: string, scope: Scope): Promise<void> {
  const { batch, inner, statementText } = analysisScope(text, declarations, scope, false, (first, ...more) => {
    if (more.length > 0) throw first; // the first compile error, as the batch would stop there
    return first;
  });
  let found;
  try {
    found = await firstResultSet(batch.statements, { scope: inner, statementText, multiStatement: batch.statements.length > 1 });
  } catch (e) {
    if (e instanceof SqlError && e.number >= DESCRIBE_ERRORS.first && e.number <= DESCRIBE_ERRORS.last) return;
    throw e;
  }
  if (found === undefined) return;
  scope.run.sink.columns(found.columns);
  scope.run.sink.statementDone({ command: 'select', inProc: true });
}
