// sp_cursoroption (ProcID 8) and sp_cursorclose (ProcID 9).
import { sqlError } from '../../../errors/catalog';
import { SqlError } from '../../../errors/sql-error';
import type { Typed } from '../../../types/typed-value';
import type { CallArgument } from '../../interpreter/procedure-call';
import type { Scope } from '../../interpreter/scope';
import type { EngineProcedureOutcome } from '../engine-procedures';
import { intArg, intValue, reported, textArg } from './api-cursor';
import { ccoptBits, CURSOR_OPTION, CURSOR_STATUS, reportedRowCount, scrolloptBits } from './cursor-options';

/**
 * TEXTPTR_ONLY / TEXTDATA change nothing (msxd always sends the data of text columns); CURSOR_NAME
 * makes the cursor a GLOBAL cursor of that name, so T-SQL FETCH, CURSOR_STATUS and
 * UPDATE/DELETE ... WHERE CURRENT OF reach it; SCROLLOPT, CCOPT and ROWCOUNT answer in @value.
 */
export function cursorOption(args: readonly CallArgument[], scope: Scope): EngineProcedureOutcome {
  try {
    const api = scope.session.apiCursors.find(intArg(args[0]), 'sp_cursoroption');
    const code = intArg(args[1]);
    const answer = (value: number): EngineProcedureOutcome => ({ status: CURSOR_STATUS.OK, outputs: new Map<number, Typed>([[2, intValue(value)]]) });
    scope.session.lastError = 0;
    switch (code) {
      case CURSOR_OPTION.TEXTPTR_ONLY:
      case CURSOR_OPTION.TEXTDATA:
        return { status: CURSOR_STATUS.OK, outputs: new Map() };
      case CURSOR_OPTION.CURSOR_NAME: {
        const name = textArg(args[2]);
        if (name === null || name.trim() === '') throw sqlError(16902, 'sp_cursoroption', 'value');
        const key = name.toLowerCase();
        const globals = scope.session.globalCursors;
        const holder = globals.get(key);
        if (holder !== undefined && holder !== api.cursor) throw sqlError(16915, name);
        const previous = api.name?.toLowerCase();
        if (previous !== undefined && globals.get(previous) === api.cursor) globals.delete(previous);
        globals.set(key, api.cursor);
        api.name = name;
        return { status: CURSOR_STATUS.OK, outputs: new Map() };
      }
      case CURSOR_OPTION.SCROLLOPT: return answer(scrolloptBits(api.type));
      case CURSOR_OPTION.CCOPT: return answer(ccoptBits(api.concurrency));
      case CURSOR_OPTION.ROWCOUNT: return answer(reportedRowCount(api.type, api.cursor.open?.rows.length ?? 0));
      default: throw sqlError(16902, 'sp_cursoroption', 'code');
    }
  } catch (e) {
    if (e instanceof SqlError) return reported(e, scope, CURSOR_STATUS.FAILED);
    throw e;
  }
}

export function cursorClose(args: readonly CallArgument[], scope: Scope): EngineProcedureOutcome {
  try {
    const api = scope.session.apiCursors.find(intArg(args[0]), 'sp_cursorclose');
    scope.session.apiCursors.close(api, scope);
    scope.session.lastError = 0;
    return { status: CURSOR_STATUS.OK, outputs: new Map() };
  } catch (e) {
    if (e instanceof SqlError) return reported(e, scope, CURSOR_STATUS.FAILED);
    throw e;
  }
}
