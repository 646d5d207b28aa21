// sp_cursorprepare (ProcID 3): keeps the statement under a prepared handle for sp_cursorexecute.
// SQL Server compiles it here; msxd checks that it is one SELECT and, for RETURN_METADATA, runs
// it once with NULL parameters to describe its columns (the same COLMETADATA sp_cursoropen sends)
// and to settle the cursor type @scrollopt / @ccopt report.
import type { RoutineParam } from '../../../tsql/ast';
import type { Typed } from '../../../types/typed-value';
import type { Scope } from '../../interpreter/scope';
import type { EngineProcedureOutcome } from '../engine-procedures';
import { intValue } from './api-cursor';
import { ccoptBits, CURSOR_STATUS, scrolloptBits } from './cursor-options';
import { buildCursor, parameterFrame } from './cursor-open';
import { cursorColumns } from './cursor-rows';

/** sp_cursorprepare @options */
const RETURN_METADATA = 0x0001;

export interface PrepareRequest {
  readonly text: string;
  readonly declarations: string;
  readonly params: readonly RoutineParam[];
  readonly options: number;
  readonly scrollopt: number;
  readonly ccopt: number;
}

export async function describeStatement(
  req: PrepareRequest, at: { readonly handle: number; readonly scrollopt: number; readonly ccopt: number }, scope: Scope,
): Promise<EngineProcedureOutcome> {
  const built = await buildCursor(req.text, req.scrollopt, req.ccopt, parameterFrame(req.params, scope), scope);
  const open = built.cursor.open;
  built.cursor.open = undefined;
  if ((req.options & RETURN_METADATA) !== 0 && open !== undefined) {
    const sink = scope.run.sink;
    sink.columns(cursorColumns(open.columns, built.settled.concurrency !== 'readOnly'));
    sink.statementDone({ command: 'select', ...(scope.session.nocount ? {} : { rowCount: 0 }), inProc: true });
  }
  const handle = scope.session.apiCursors.prepare({
    text: req.text, declarations: req.declarations, params: req.params, scrollopt: req.scrollopt, ccopt: req.ccopt,
  });
  scope.session.lastError = 0;
  return {
    status: CURSOR_STATUS.OK,
    outputs: new Map<number, Typed>([
      [at.handle, intValue(handle)], [at.scrollopt, intValue(scrolloptBits(built.settled.type))],
      [at.ccopt, intValue(ccoptBits(built.settled.concurrency))],
    ]),
  };
}
