// One result set of the informational RESTOREs: columns, rows, DONE with the count (unless NOCOUNT).
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';

export async function sendResultSet(
  scope: Scope, columns: readonly (readonly [string, SqlType, ...unknown[]])[], rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  const { run, session, frame } = scope;
  const meta: ResultColumn[] = columns.map(([name, type]) => ({ name, type, nullable: true }));
  run.sink.columns(meta);
  for (const r of rows) run.sink.row(r);
  session.rowCount = rows.length;
  run.sink.statementDone({ command: 'select', ...(session.nocount ? {} : { rowCount: rows.length }), inProc: frame.inProc });
  await run.sink.drain();
}
