// Session-dependent functions (DB_NAME(col), OBJECT_ID(col) ...) called per row from SQLite:
// the interpreter's implementations take AST arguments, so the row's values are bound to
// variables of a private frame and the call is evaluated over them.
import { sqlErrorWithState } from '../../errors/catalog';
import type { Expr, FunctionCall } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import { evaluateCall } from '../expressions/calls';
import { Frame } from '../interpreter/frame';
import { withFrame, type Scope } from '../interpreter/scope';

export function callSessionFunction(name: string, args: readonly Typed[], scope: Scope): Typed {
  const frame = new Frame(scope.frame.procName, scope.frame.nestLevel);
  const argExprs: Expr[] = args.map((a, i) => {
    const v = frame.declare(`@__msxd_arg${i}`, a.type, null);
    v.value = a.value;
    return { kind: 'variable', line: 0, name: v.name };
  });
  const call: FunctionCall = { kind: 'call', line: 0, name: { name }, args: argExprs, star: false, distinct: false };
  const r = evaluateCall(call, { scope: withFrame(scope, frame) });
  if (!r) throw sqlErrorWithState(195, 10, name, 'built-in function name');
  return r;
}
