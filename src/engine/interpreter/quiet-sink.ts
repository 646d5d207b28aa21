// A ResultSink that sends nothing: for statements the engine runs for itself while serving a
// client's statement (a table-valued function's body filling its result table), whose DONE
// tokens and counts SQL Server never sends. Errors do not go through it: such statements run as
// inside TRY (tryDepth > 0), so an error unwinds to the caller as CaughtErrorSignal.
import type { ResultSink } from '../result-sink';

export const QUIET_SINK: ResultSink = {
  columns() {},
  row() {},
  statementDone() {},
  message() {},
  envChange() {},
  returnStatus() {},
  outputParam() {},
  procedureDone() {},
  drain() {},
};
