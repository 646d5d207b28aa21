// The API server cursor procedures (MS-TDS 2.2.6.6 ProcIDs 1-9, also called by name): the
// engine runs them itself (rpc/engine-procedures.ts) since they hold the session's cursors.
import { sqlError } from '../../../errors/catalog';
import type { EngineProcedure, EngineProcedureOutcome } from '../engine-procedures';
import { intArg, intValue } from './api-cursor';
import { CURSOR_STATUS, decodeScrollopt } from './cursor-options';
import { cursorFetch } from './cursor-fetch';
import { declarationsOf, openApiCursor, statementArg } from './cursor-open';
import { cursorClose, cursorOption } from './cursor-option';
import { positionedOperation } from './sp-cursor';
import { describeStatement } from './cursor-prepare';

/** sp_cursoropen @cursor OUTPUT, @stmt, @scrollopt OUTPUT, @ccopt OUTPUT, @rowcount OUTPUT [, @paramdef, values...] */
const spCursorOpen: EngineProcedure = {
  name: 'sp_cursoropen',
  run(args, scope) {
    const text = statementArg(args[1], 'sp_cursoropen', 'stmt');
    const scrollopt = intArg(args[2]) ?? 0;
    // "The 0x1000 tells the server that there is a parameter definition and user parameters present"
    const parameterized = decodeScrollopt(scrollopt).parameterized;
    const declarations = parameterized ? declarationsOf(args[5], scope) : { text: '', params: [] };
    return openApiCursor({
      procedure: 'sp_cursoropen', text, declarations: declarations.text, params: declarations.params, args,
      firstValue: parameterized ? 6 : args.length, scrollopt, ccopt: intArg(args[3]) ?? 0, rowcount: intArg(args[4]),
      at: { cursor: 0, scrollopt: 2, ccopt: 3, rowcount: 4 },
    }, scope);
  },
};

/** sp_cursorprepare @prepared_handle OUTPUT, @params, @stmt, @options [, @scrollopt OUTPUT [, @ccopt OUTPUT]] */
const spCursorPrepare: EngineProcedure = {
  name: 'sp_cursorprepare',
  run(args, scope) {
    const text = statementArg(args[2], 'sp_cursorprepare', 'stmt');
    const declarations = declarationsOf(args[1], scope);
    return describeStatement({
      text, declarations: declarations.text, params: declarations.params, options: intArg(args[3]) ?? 0,
      scrollopt: intArg(args[4]) ?? 0, ccopt: intArg(args[5]) ?? 0,
    }, { handle: 0, scrollopt: 4, ccopt: 5 }, scope);
  },
};

/** sp_cursorexecute @prepared_handle, @cursor OUTPUT [, @scrollopt OUTPUT [, @ccopt OUTPUT [, @rowcount OUTPUT [, values...]]]] */
const spCursorExecute: EngineProcedure = {
  name: 'sp_cursorexecute',
  run(args, scope) {
    const handle = intArg(args[0]);
    const prepared = handle === null ? undefined : scope.session.apiCursors.prepared.get(handle);
    if (prepared === undefined) throw sqlError(8179, handle ?? 0);
    return openApiCursor({
      procedure: 'sp_cursorexecute', text: prepared.text, declarations: prepared.declarations, params: prepared.params,
      args, firstValue: 5, scrollopt: intArg(args[2]) ?? prepared.scrollopt, ccopt: intArg(args[3]) ?? prepared.ccopt,
      rowcount: intArg(args[4]), at: { cursor: 1, scrollopt: 2, ccopt: 3, rowcount: 4 },
    }, scope);
  },
};

/** sp_cursorprepexec @prepared_handle OUTPUT, @cursor OUTPUT, @params, @stmt, @scrollopt OUTPUT, @ccopt OUTPUT, @rowcount OUTPUT [, values...] */
const spCursorPrepexec: EngineProcedure = {
  name: 'sp_cursorprepexec',
  async run(args, scope) {
    const text = statementArg(args[3], 'sp_cursorprepexec', 'stmt');
    const declarations = declarationsOf(args[2], scope);
    const scrollopt = intArg(args[4]) ?? 0;
    const ccopt = intArg(args[5]) ?? 0;
    const outcome = await openApiCursor({
      procedure: 'sp_cursorprepexec', text, declarations: declarations.text, params: declarations.params, args,
      firstValue: 7, scrollopt, ccopt, rowcount: intArg(args[6]), at: { cursor: 1, scrollopt: 4, ccopt: 5, rowcount: 6 },
    }, scope);
    const handle = scope.session.apiCursors.prepare({ text, declarations: declarations.text, params: declarations.params, scrollopt, ccopt });
    return withOutput(outcome, 0, handle);
  },
};

/** sp_cursorunprepare @prepared_handle */
const spCursorUnprepare: EngineProcedure = {
  name: 'sp_cursorunprepare',
  run(args, scope) {
    const handle = intArg(args[0]);
    if (handle === null || !scope.session.apiCursors.prepared.delete(handle)) throw sqlError(8179, handle ?? 0);
    scope.session.lastError = 0;
    return { status: CURSOR_STATUS.OK, outputs: new Map() };
  },
};

const spCursorFetch: EngineProcedure = { name: 'sp_cursorfetch', run: cursorFetch };
const spCursorOption: EngineProcedure = { name: 'sp_cursoroption', run: cursorOption };
const spCursorClose: EngineProcedure = { name: 'sp_cursorclose', run: cursorClose };
const spCursor: EngineProcedure = { name: 'sp_cursor', run: positionedOperation };

function withOutput(outcome: EngineProcedureOutcome, index: number, value: number): EngineProcedureOutcome {
  const outputs = new Map(outcome.outputs);
  outputs.set(index, intValue(value));
  return { status: outcome.status, outputs };
}

export const CURSOR_PROCEDURES = {
  sp_cursor: spCursor, sp_cursoropen: spCursorOpen, sp_cursorprepare: spCursorPrepare, sp_cursorexecute: spCursorExecute,
  sp_cursorprepexec: spCursorPrepexec, sp_cursorunprepare: spCursorUnprepare, sp_cursorfetch: spCursorFetch,
  sp_cursoroption: spCursorOption, sp_cursorclose: spCursorClose,
} as const;

