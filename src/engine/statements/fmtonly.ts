// SET FMTONLY ON (deprecated, yet FreeTDS's bcp asks a table's columns with
// `SET FMTONLY ON select * from t SET FMTONLY OFF`): a SELECT answers with its column metadata and
// no rows. msxd runs the SELECT and drops its rows; statements that would change anything are
// refused (40517 for 'SET FMTONLY ON') rather than run, since SQL Server would not run them.
import type { Statement } from '../../tsql/ast';
import { RequestRun, type Scope } from '../interpreter/scope';
import type { ResultSink } from '../result-sink';
import { notSupportedExpression } from './not-supported';

/** statements FMTONLY leaves alone: they only set session state or read nothing */
const RUN_AS_USUAL: ReadonlySet<Statement['kind']> = new Set(['setOption', 'declare', 'setVariable', 'use', 'print', 'block']);

export function fmtOnlyActive(scope: Scope): boolean {
  return scope.session.options.flags.has('FMTONLY');
}

/** The scope `stmt` runs in under FMTONLY; throws 40517 for a statement it may not run. */
export function fmtOnlyScope(stmt: Statement, scope: Scope): Scope {
  if (RUN_AS_USUAL.has(stmt.kind)) return scope;
  if (stmt.kind !== 'select') throw notSupportedExpression('SET FMTONLY ON');
  const run = new RequestRun(metadataOnly(scope.run.sink), scope.run.signal);
  run.tryDepth = scope.run.tryDepth;
  return { ...scope, run };
}

function metadataOnly(sink: ResultSink): ResultSink {
  return {
    columns: (c) => sink.columns(c),
    row: () => {},
    statementDone: (d) => sink.statementDone(d.rowCount === undefined ? d : { ...d, rowCount: 0 }),
    message: (m) => sink.message(m),
    envChange: (c) => sink.envChange(c),
    returnStatus: (v) => sink.returnStatus(v),
    outputParam: (p) => sink.outputParam(p),
    procedureDone: (d) => sink.procedureDone(d),
    drain: () => sink.drain(),
  };
}
