// sp_cursoropen (ProcID 2) and the prepared forms sp_cursorprepare (3), sp_cursorexecute (4),
// sp_cursorprepexec (5), sp_cursorunprepare (6). Opening = DECLARE CURSOR + OPEN of the engine's
// own cursors (statements/cursor.ts openCursor) for a single SELECT; the response is the
// cursor's COLMETADATA with no rows (sp_cursoropen: "a result set with TDS column format
// information ... no row data will be returned"), or the first fetch buffer with AUTO_FETCH,
// then RETURNSTATUS and the OUTPUT handle, @scrollopt, @ccopt and @rowcount.
import { sqlError, sqlErrorWithState } from '../../../errors/catalog';
import { SqlError } from '../../../errors/sql-error';
import type { DeclareCursorStatement, RoutineParam, SelectStatement } from '../../../tsql/ast';
import type { Typed } from '../../../types/typed-value';
import { resolveTypeRef } from '../../expressions/evaluate';
import { Frame } from '../../interpreter/frame';
import { MAX_NESTING, type CallArgument } from '../../interpreter/procedure-call';
import { withFrame, type Scope } from '../../interpreter/scope';
import { parseCached, parseParameterDeclarations } from '../../parse';
import { convertForAssignment } from '../../statements/assign';
import { openCursor } from '../../statements/cursor';
import { runDynamicSql } from '../../statements/exec-string';
import type { Cursor } from '../../interpreter/cursors';
import type { EngineProcedureOutcome } from '../engine-procedures';
import { intValue, reported, textArg, type ApiCursor } from './api-cursor';
import {
  ccoptBits, CURSOR_STATUS, decodeCcopt, decodeScrollopt, isForwardOnly, reportedRowCount, scrolloptBits, settleCursor,
  type ApiCursorType, type Concurrency, type SettledCursor,
} from './cursor-options';
import { cursorColumns, sendBuffer } from './cursor-rows';
import { BEFORE_FIRST, moveBuffer } from './fetch-buffer';

/** sp_cursoropen's default AUTO_FETCH buffer ("The default is 20 rows") */
const DEFAULT_ROWS = 20;
const LOW_BITS = 0xfff;

export interface OpenRequest {
  readonly procedure: string;
  readonly text: string;
  readonly declarations: string;
  readonly params: readonly RoutineParam[];
  readonly args: readonly CallArgument[];
  /** index of the first argument bound to `params` */
  readonly firstValue: number;
  readonly scrollopt: number;
  readonly ccopt: number;
  /** @rowcount as sent: AUTO_FETCH's buffer size */
  readonly rowcount: number | null;
  /** argument indexes of the OUTPUT values */
  readonly at: { readonly cursor: number; readonly scrollopt: number; readonly ccopt: number; readonly rowcount: number };
}

export async function openApiCursor(req: OpenRequest, scope: Scope): Promise<EngineProcedureOutcome> {
  let api: ApiCursor;
  try {
    if (decodeCcopt(req.ccopt).allowDirect && !isSingleSelect(req.text, scope)) return await executeDirectly(req, scope);
    api = await register(req, scope);
  } catch (e) {
    if (!(e instanceof SqlError)) throw e;
    // the statement's own error, then 16945; the handle comes back 0 and the options as asked
    reported(e, scope, e.number);
    const outputs = new Map<number, Typed>([
      [req.at.cursor, intValue(0)], [req.at.scrollopt, intValue(req.scrollopt & LOW_BITS)], [req.at.ccopt, intValue(req.ccopt & LOW_BITS)],
    ]);
    return reported(sqlErrorWithState(16945, 2), scope, e.number, outputs);
  }
  const scroll = decodeScrollopt(req.scrollopt);
  const open = api.cursor.open!;
  const columns = cursorColumns(open.columns, api.concurrency !== 'readOnly');
  api.columns = columns;
  let rowcount = reportedRowCount(api.type, open.rows.length);
  let status: number = CURSOR_STATUS.OK;
  if (scroll.autoFetch) {
    const nrows = req.rowcount !== null && req.rowcount > 0 ? req.rowcount : DEFAULT_ROWS;
    api.buffer = moveBuffer(BEFORE_FIRST, open.rows.length, { kind: 'next', nrows }).buffer;
    rowcount = sendBuffer(api, columns, api.buffer, scope);
    if (api.autoClose && api.buffer.start + api.buffer.length >= open.rows.length) {
      scope.session.apiCursors.close(api, scope);
      status = CURSOR_STATUS.FAST_FORWARD_CLOSED;
    }
  } else {
    sendBuffer(api, columns, { start: 0, length: 0 }, scope);
  }
  scope.session.lastError = 0;
  return {
    status,
    outputs: new Map([
      [req.at.cursor, intValue(api.handle)],
      [req.at.scrollopt, intValue(scrolloptBits(api.type))],
      [req.at.ccopt, intValue(ccoptBits(api.concurrency))],
      [req.at.rowcount, intValue(rowcount)],
    ]),
  };
}

async function register(req: OpenRequest, scope: Scope): Promise<ApiCursor> {
  const built = await buildCursor(req.text, req.scrollopt, req.ccopt, bindParameters(req, scope), scope);
  return scope.session.apiCursors.add((handle) => ({
    handle, cursor: built.cursor, type: built.settled.type, concurrency: built.settled.concurrency,
    autoClose: decodeScrollopt(req.scrollopt).autoClose && built.settled.type === 'fastForward', buffer: BEFORE_FIRST, columns: [],
  }));
}

export interface BuiltCursor {
  readonly cursor: Cursor;
  readonly settled: SettledCursor;
}

/** settles the cursor's type and opens it with the variables of `frame` */
export async function buildCursor(text: string, scrollopt: number, ccopt: number, frame: Frame, scope: Scope): Promise<BuiltCursor> {
  const select = singleSelect(text, scope);
  const scroll = decodeScrollopt(scrollopt);
  const cc = decodeCcopt(ccopt);
  const wanted = settleCursor(scroll, cc, true);
  if (wanted === undefined) throw sqlError(16955);
  const cursor = engineCursor(select, wanted);
  await openCursor(cursor, withFrame(scope, frame));
  if (wanted.concurrency === 'readOnly' || cursor.open?.positioned !== undefined) return { cursor, settled: wanted };
  // the query cannot position (GROUP BY, DISTINCT, a join ...): a read-only snapshot instead
  const settled = settleCursor(scroll, cc, false);
  if (settled === undefined) throw sqlError(16955);
  return { cursor: { ...engineCursor(select, settled), open: cursor.open }, settled };
}

/**
 * ALLOW_DIRECT: a statement that cannot be a cursor "will simply be executed and will not result
 * in the creation of a cursor"; SQL Server says so with the informational 16954 and handle 0.
 */
async function executeDirectly(req: OpenRequest, scope: Scope): Promise<EngineProcedureOutcome> {
  const frame = bindParameters(req, scope);
  scope.run.sink.message(sqlError(16954));
  const status = await runDynamicSql(req.text, scope, frame);
  return {
    status,
    outputs: new Map([
      [req.at.cursor, intValue(0)], [req.at.scrollopt, intValue(req.scrollopt & LOW_BITS)],
      [req.at.ccopt, intValue(req.ccopt & LOW_BITS)], [req.at.rowcount, intValue(-1)],
    ]),
  };
}

function isSingleSelect(text: string, scope: Scope): boolean {
  const batch = parseCached(text, scope.engine);
  return batch.statements.length === 1 && batch.statements[0]?.kind === 'select';
}

/**
 * The statement must be one SELECT (sp_cursoropen: "a Transact-SQL SELECT or EXECUTE statement
 * calling for a stored procedure containing a single SELECT"); msxd does not open cursors over
 * procedures: without ALLOW_DIRECT anything else is 16937.
 */
function singleSelect(text: string, scope: Scope): SelectStatement {
  const batch = parseCached(text, scope.engine);
  const stmt = batch.statements[0];
  if (batch.statements.length !== 1 || stmt?.kind !== 'select') throw sqlError(16937);
  return stmt;
}

const TYPE_OPTION: Readonly<Record<ApiCursorType, string>> = {
  keyset: 'KEYSET', dynamic: 'DYNAMIC', forwardOnly: 'FORWARD_ONLY', static: 'STATIC', fastForward: 'FAST_FORWARD',
};
const CC_OPTION: Readonly<Record<Concurrency, string>> = {
  readOnly: 'READ_ONLY', scrollLocks: 'SCROLL_LOCKS', optimistic: 'OPTIMISTIC', optimisticValues: 'OPTIMISTIC',
};

/** the DECLARE CURSOR the API cursor amounts to (GLOBAL: T-SQL can reach it once it has a name) */
function engineCursor(select: SelectStatement, settled: SettledCursor): Cursor {
  const declaration: DeclareCursorStatement = {
    kind: 'declareCursor', line: select.line, name: '', query: select.query,
    options: ['GLOBAL', TYPE_OPTION[settled.type], CC_OPTION[settled.concurrency]],
  };
  return { name: '', declaration, forwardOnly: isForwardOnly(settled.type), open: undefined };
}

/** a frame for the statement's parameters, all NULL */
export function parameterFrame(params: readonly RoutineParam[], scope: Scope): Frame {
  const frame = new Frame('', scope.frame.nestLevel + 1);
  if (frame.nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  for (const p of params) frame.declare(p.name, resolveTypeRef(p.type), null);
  return frame;
}

/** the statement's parameters, bound by name or position from `firstValue` on */
function bindParameters(req: OpenRequest, scope: Scope): Frame {
  const frame = parameterFrame(req.params, scope);
  const byName = new Map(req.params.map((p, i) => [p.name.toLowerCase(), i]));
  const argumentOf: (CallArgument | undefined)[] = [];
  for (let i = req.firstValue; i < req.args.length; i++) {
    const a = req.args[i] as CallArgument;
    const p = a.name ? byName.get(a.name.toLowerCase()) ?? -1 : i - req.firstValue;
    if (p < 0 || p >= req.params.length) {
      if (a.name) throw sqlError(8145, a.name, req.procedure);
      throw sqlError(8144, req.procedure);
    }
    argumentOf[p] = a;
  }
  req.params.forEach((p, position) => {
    const v = frame.get(p.name);
    const arg = argumentOf[position];
    if (arg?.value === undefined) {
      if (!p.default) throw sqlError(8178, `(${req.declarations})${req.text}`, p.name);
      return;
    }
    v.value = convertForAssignment(arg.value, v.type, scope);
  });
  return frame;
}

export function statementArg(arg: CallArgument | undefined, procedure: string, parameter: string): string {
  const text = textArg(arg);
  if (text === null || text.trim() === '') throw sqlError(16902, procedure, parameter);
  return text;
}

export function declarationsOf(arg: CallArgument | undefined, scope: Scope): { text: string; params: readonly RoutineParam[] } {
  const text = textArg(arg) ?? '';
  return { text, params: parseParameterDeclarations(text, scope.engine) };
}

