// Function calls: the lazily evaluated forms (ISNULL, COALESCE, NULLIF, IIF) first, then the
// session-dependent functions (session-functions.ts), then the pure built-ins of
// engine/functions/registry.ts.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { FunctionCall, NiladicFunction } from '../../tsql/ast';
import { convert } from '../../types/convert';
import { typed, type Typed } from '../../types/typed-value';
import { hiddenArguments } from '../functions/json-values';
import { lookupFunction } from '../functions/registry';
import { notSupportedExpression } from '../statements/not-supported';
import { functionContext, type EvalContext } from './eval-context';
import { evaluate, staticType, toCommonType } from './evaluate';
import { predicate } from './predicate';
import { sessionFunction, userName } from './session-functions';
import { unwrapVariant } from './variant';
import { compareOperands } from './variant-order';
import { evaluateUserFunctionCall } from '../routines/user-function';

export function evaluateCall(call: FunctionCall, ctx: EvalContext): Typed {
  if (!call.over && !call.withinGroup && (call.name.schema || call.name.database)) return evaluateUserFunctionCall(call, ctx);
  if (call.over || call.withinGroup) {
    throw notSupportedExpression(`${call.name.name} (user-defined, windowed or aggregate function)`);
  }
  const name = call.name.name.toUpperCase();
  const lazy = lazyFunction(name, call, ctx);
  if (lazy) return lazy;
  const session = sessionFunction(name, call, ctx);
  if (session) return session;
  const fn = lookupFunction(name);
  // State 10: an unknown built-in (SQL Server: "'x' is not a recognized built-in function name.").
  if (!fn) throw sqlErrorWithState(195, 10, call.name.name, 'built-in function name');
  const n = call.args.length;
  if (n < fn.minArgs || n > fn.maxArgs) {
    if (fn.minArgs === fn.maxArgs) throw sqlError(174, call.name.name.toLowerCase(), fn.minArgs);
    throw sqlError(189, call.name.name.toLowerCase(), fn.minArgs, fn.maxArgs);
  }
  const args = call.args.map((a) => unwrapVariant(evaluate(a, ctx)));
  args.push(...hiddenArguments(name, call));
  return fn.evaluate(args, functionContext(ctx.scope));
}

function argCount(call: FunctionCall, min: number, max: number): void {
  const n = call.args.length;
  if (n < min || n > max) {
    if (min === max) throw sqlError(174, call.name.name.toLowerCase(), min);
    throw sqlError(189, call.name.name.toLowerCase(), min, max);
  }
}

function lazyFunction(name: string, call: FunctionCall, ctx: EvalContext): Typed | undefined {
  const args = call.args;
  switch (name) {
    case 'ISNULL': {
      argCount(call, 2, 2);
      const first = args[0]!;
      const check = evaluate(first, ctx);
      // ISNULL takes the first argument's type; a bare NULL has none, so the second one's is used.
      if (first.kind === 'null') return evaluate(args[1]!, ctx);
      if (check.value !== null) return check;
      const replacement = unwrapVariant(evaluate(args[1]!, ctx));
      if (replacement.value === null) return typed(check.type, null);
      return convert(replacement, check.type, { dateFormat: ctx.scope.session.options.dateFormat });
    }
    case 'COALESCE': {
      if (args.length < 2) throw sqlError(189, 'coalesce', 2, 254);
      if (args.every((a) => a.kind === 'null')) throw sqlError(4127);
      for (const a of args) {
        const v = evaluate(a, ctx);
        if (v.value !== null) return toCommonType(v, args, a, ctx);
      }
      return toCommonType(typed(staticType(args[0]!, ctx) ?? { kind: 'int' }, null), args, undefined, ctx);
    }
    case 'NULLIF': {
      argCount(call, 2, 2);
      const a = evaluate(args[0]!, ctx);
      const b = evaluate(args[1]!, ctx);
      if (a.value !== null && b.value !== null && compareOperands(a, b) === 0) {
        return typed(a.type, null);
      }
      return a;
    }
    case 'IIF': {
      argCount(call, 3, 3);
      const chosen = predicate(args[0]!, ctx) === true ? args[1]! : args[2]!;
      return toCommonType(evaluate(chosen, ctx), [args[1]!, args[2]!], chosen, ctx);
    }
    default:
      return undefined;
  }
}

export function evaluateNiladic(n: NiladicFunction, ctx: EvalContext): Typed {
  const { session } = ctx.scope;
  switch (n.name) {
    case 'CURRENT_TIMESTAMP': {
      const getdate = lookupFunction('GETDATE');
      if (!getdate) throw sqlError(195, n.name, 'built-in function name');
      return getdate.evaluate([], functionContext(ctx.scope));
    }
    case 'CURRENT_USER':
    case 'SESSION_USER':
    case 'USER':
      return typed({ kind: 'nvarchar', length: 128 }, userName(ctx.scope));
    case 'SYSTEM_USER':
      return typed({ kind: 'nvarchar', length: 128 }, session.login.loginName);
    default:
      throw sqlError(195, n.name, 'built-in function name');
  }
}
