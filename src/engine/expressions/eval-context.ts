// What an expression can see: the scope (variables, session, request) and, inside a query over a
// row source, the current row.
import type { ColumnRef } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import type { FunctionContext } from '../functions/function-types';
import type { Scope } from '../interpreter/scope';
import { resolveMessage } from '../statements/user-messages';

export interface RowScope {
  /** the column's value in the current row; throws 207/4104 when the name does not bind */
  column(ref: ColumnRef): Typed;
}

export interface EvalContext {
  readonly scope: Scope;
  readonly row?: RowScope;
}

export function functionContext(scope: Scope): FunctionContext {
  const { options } = scope.session;
  return {
    now: () => {
      const utc = scope.engine.now();
      return { utc, offsetMinutes: -utc.getTimezoneOffset() };
    },
    dateFirst: options.dateFirst,
    dateFormat: options.dateFormat,
    language: options.language,
    random: Math.random,
    messageText: (id) => resolveMessage(scope, id)?.text,
  };
}
