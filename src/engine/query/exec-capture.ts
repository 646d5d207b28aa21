// INSERT ... EXEC: the procedure (or dynamic SQL) runs with a sink that keeps its result-set rows
// for the INSERT and passes everything else (PRINT, errors, ENVCHANGE) to the client, as SQL
// Server does; the inner DONE counts and return status are not sent.
import type { SqlError } from '../../errors/sql-error';
import type { ExecStatement, ExecStringStatement } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { RequestRun, type Scope } from '../interpreter/scope';
import type { EnvChange, ResultColumn, ResultSink, StatementDone } from '../result-sink';
import { executeExec } from '../statements/exec';
import { executeExecString } from '../statements/exec-string';
import { cloneSetOptions } from '../session/set-options';

export interface CapturedRows {
  readonly columns: readonly ResultColumn[];
  readonly rows: (readonly SqlValue[])[];
}

/** keeps result-set rows; passes messages, errors and ENVCHANGE to `outer` (also ProcedureContext.querySql) */
export class CaptureSink implements ResultSink {
  readonly sets: { columns: readonly ResultColumn[]; rows: (readonly SqlValue[])[]; rowCount?: number }[] = [];
  /** the last set has had its DONE (a SELECT's count belongs to the set it sent) */
  private lastSetDone = true;
  constructor(private readonly outer: ResultSink) {}
  columns(columns: readonly ResultColumn[]): void { this.sets.push({ columns, rows: [] }); this.lastSetDone = false; }
  row(values: readonly SqlValue[]): void { this.sets[this.sets.length - 1]?.rows.push(values); }
  statementDone(done: StatementDone): void {
    if (done.error) this.outer.statementDone(done);
    else if (done.command === 'select' && !this.lastSetDone) {
      const set = this.sets[this.sets.length - 1];
      if (set && done.rowCount !== undefined) set.rowCount = done.rowCount;
    }
    this.lastSetDone = true;
  }
  message(msg: SqlError): void { this.outer.message(msg); }
  envChange(change: EnvChange): void { this.outer.envChange(change); }
  returnStatus(): void {}
  outputParam(p: { ordinal: number; name: string; type: SqlType; value: SqlValue }): void { this.outer.outputParam(p); }
  procedureDone(): void {}
  drain(): Promise<void> | void { return this.outer.drain(); }
}

export async function captureExec(stmt: ExecStatement | ExecStringStatement, scope: Scope): Promise<CapturedRows[]> {
  const sink = new CaptureSink(scope.run.sink);
  const run = new RequestRun(sink, scope.run.signal);
  run.tryDepth = scope.run.tryDepth;
  run.catchStack.push(...scope.run.catchStack);
  const inner: Scope = { ...scope, run };
  // SET options changed inside the module (SET NOCOUNT ON in the procedure) end with it.
  const saved = cloneSetOptions(scope.session.options);
  try {
    if (stmt.kind === 'exec') await executeExec(stmt, inner);
    else await executeExecString(stmt, inner);
  } finally {
    scope.session.options = saved;
  }
  return sink.sets;
}
