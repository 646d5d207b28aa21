// sp_cursorfetch (ProcID 7): moves the fetch buffer (fetch-buffer.ts) and sends its rows as one
// result set, or with INFO answers the position and row count in @rownum / @nrows (sp_cursorfetch
// "Return Code Values": rownum 0 before the result set, -1 after it, the absolute row number for
// KEYSET and STATIC cursors, 1 for DYNAMIC ones; nrows the keyset size, -1 for DYNAMIC).
import { sqlError } from '../../../errors/catalog';
import { SqlError } from '../../../errors/sql-error';
import type { CallArgument } from '../../interpreter/procedure-call';
import type { Scope } from '../../interpreter/scope';
import type { EngineProcedureOutcome } from '../engine-procedures';
import { intArg, intValue, reported, type ApiCursor } from './api-cursor';
import { CURSOR_STATUS, FETCHTYPE, isForwardOnly, reportedRowCount } from './cursor-options';
import { sendBuffer } from './cursor-rows';
import { moveBuffer, type FetchMove } from './fetch-buffer';

const PROCEDURE = 'sp_cursorfetch';
/** "If nrows is not specified, the default value is 20 rows" */
const DEFAULT_ROWS = 20;

export function cursorFetch(args: readonly CallArgument[], scope: Scope): EngineProcedureOutcome {
  let api: ApiCursor;
  try {
    api = scope.session.apiCursors.find(intArg(args[0]), PROCEDURE);
    // T-SQL CLOSE (or DEALLOCATE) by its sp_cursoroption name closed the engine cursor
    if (api.cursor.open === undefined) throw sqlError(16917);
  } catch (e) {
    if (e instanceof SqlError) return reported(e, scope, CURSOR_STATUS.FAILED);
    throw e;
  }
  // SKIP_UPDT_CNCY only changes how keyset timestamps are kept, which msxd has none of
  const fetchtype = (intArg(args[1]) ?? FETCHTYPE.NEXT) & ~FETCHTYPE.SKIP_UPDT_CNCY;
  const total = api.cursor.open?.rows.length ?? 0;
  if (fetchtype === FETCHTYPE.INFO) {
    scope.session.lastError = 0;
    return { status: CURSOR_STATUS.OK, outputs: new Map([[2, intValue(infoRownum(api, total))], [3, intValue(reportedRowCount(api.type, total))]]) };
  }
  const move = fetchMove(fetchtype, intArg(args[2]) ?? 0, intArg(args[3]) ?? DEFAULT_ROWS, api);
  const moved = moveBuffer(api.buffer, total, move);
  api.buffer = moved.buffer;
  if (api.cursor.open !== undefined) api.cursor.open.position = moved.buffer.start;
  sendBuffer(api, api.columns, moved.buffer, scope);
  scope.session.lastError = 0;
  if (api.autoClose && moved.buffer.start + moved.buffer.length >= total) {
    scope.session.apiCursors.close(api, scope);
    return { status: CURSOR_STATUS.FAST_FORWARD_CLOSED, outputs: new Map() };
  }
  return { status: moved.adjusted ? CURSOR_STATUS.PREV_ADJUSTED : CURSOR_STATUS.OK, outputs: new Map() };
}

const NAMES: Readonly<Record<number, string>> = {
  [FETCHTYPE.FIRST]: 'FIRST', [FETCHTYPE.PREV]: 'PREV', [FETCHTYPE.LAST]: 'LAST', [FETCHTYPE.ABSOLUTE]: 'ABSOLUTE',
  [FETCHTYPE.RELATIVE]: 'RELATIVE', [FETCHTYPE.PREV_NOADJUST]: 'PREV_NOADJUST',
};

function fetchMove(fetchtype: number, rownum: number, nrows: number, api: ApiCursor): FetchMove {
  // "Using PREV [LAST, ABSOLUTE, RELATIVE] for a FORWARD_ONLY cursor returns an error message";
  // FIRST is refused once the cursor has moved
  const backwards = fetchtype !== FETCHTYPE.NEXT && fetchtype !== FETCHTYPE.REFRESH
    && !(fetchtype === FETCHTYPE.FIRST && api.buffer.start < 0);
  if (isForwardOnly(api.type) && backwards) throw sqlError(16911, PROCEDURE, NAMES[fetchtype] ?? String(fetchtype));
  // "For the fetchtype values of NEXT, PREV, ABSOLUTE, RELATIVE, and PREV_NOADJUST, an nrow value of 0 is not valid."
  const rows = (): number => {
    if (nrows <= 0) throw sqlError(16902, PROCEDURE, 'nrows');
    return nrows;
  };
  switch (fetchtype) {
    case FETCHTYPE.FIRST: return { kind: 'first', nrows: Math.max(0, nrows) };
    case FETCHTYPE.NEXT: return { kind: 'next', nrows: rows() };
    case FETCHTYPE.PREV: return { kind: 'prev', nrows: rows(), adjust: true };
    case FETCHTYPE.PREV_NOADJUST: return { kind: 'prev', nrows: rows(), adjust: false };
    case FETCHTYPE.LAST: return { kind: 'last', nrows: Math.max(0, nrows) };
    case FETCHTYPE.ABSOLUTE: return { kind: 'absolute', rownum, nrows: rows() };
    case FETCHTYPE.RELATIVE: return { kind: 'relative', rownum, nrows: rows() };
    case FETCHTYPE.REFRESH: return { kind: 'refresh' };
    default: throw sqlError(16902, PROCEDURE, 'fetchtype');
  }
}

function infoRownum(api: ApiCursor, total: number): number {
  const { start } = api.buffer;
  if (start < 0) return 0;
  if (start >= total) return -1;
  return api.type === 'static' || api.type === 'keyset' ? start + 1 : 1;
}
