// T-SQL msxd runs on a statement's behalf (the msdb history rows of BACKUP/RESTORE), in the
// caller's session but out of the client's sight: no result sets, no DONE tokens, no row counts.
// It runs as a module owned by msdb's dbo, as SQL Server's own history writes do, so a
// db_backupoperator without rights in msdb still gets its history recorded. The first error
// ends it and is thrown.
import type { SqlError } from '../../errors/sql-error';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import type { SqlValue } from '../../types/values';
import { Frame } from '../interpreter/frame';
import { executeStatements } from '../interpreter/interpreter';
import { RequestRun, withFrame, type Scope } from '../interpreter/scope';
import { parseCached } from '../parse';
import type { EnvChange, ResultColumn, ResultSink, StatementDone } from '../result-sink';
import { enterModule } from '../security/ownership-chain';
import { cloneSetOptions } from '../session/set-options';

const DBO_PRINCIPAL_ID = 1;

class SilentSink implements ResultSink {
  error: SqlError | undefined;
  columns(_columns: readonly ResultColumn[]): void {}
  row(_values: readonly SqlValue[]): void {}
  statementDone(_done: StatementDone): void {}
  message(msg: SqlError): void {
    if (msg.severity > 10 && !this.error) this.error = msg;
  }
  envChange(_change: EnvChange): void {}
  returnStatus(): void {}
  outputParam(_p: { ordinal: number; name: string; type: SqlType; value: SqlValue }): void {}
  procedureDone(): void {}
  drain(): void {}
}

export async function runInternalSql(scope: Scope, text: string, params: ReadonlyMap<string, Typed>): Promise<void> {
  const sink = new SilentSink();
  const run = new RequestRun(sink, scope.run.signal);
  const frame = new Frame(scope.frame.procName, scope.frame.nestLevel + 1);
  for (const [name, v] of params) frame.declare(name, v.type, null).value = v.value;
  enterModule(frame, 'msdb', DBO_PRINCIPAL_ID);
  const saved = cloneSetOptions(scope.session.options);
  const rowCount = scope.session.rowCount;
  try {
    await executeStatements(parseCached(text, scope.engine).statements, withFrame({ ...scope, run }, frame));
  } finally {
    scope.session.options = saved;
    scope.session.rowCount = rowCount;
  }
  if (sink.error) throw sink.error;
}
