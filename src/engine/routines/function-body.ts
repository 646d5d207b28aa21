// The statements of a scalar function body, run synchronously: a function is called from inside
// expression evaluation (and per row by the query translator's registered SQLite function), which
// cannot await. Function bodies cannot have side effects (checked at CREATE FUNCTION), so the
// subset is small: DECLARE, SET, SELECT @v = ..., IF, WHILE, BREAK, CONTINUE, BEGIN/END, RETURN.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { Statement } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import { predicate } from '../expressions/predicate';
import type { Scope } from '../interpreter/scope';
import { BatchAbortSignal, BreakSignal, ContinueSignal } from '../interpreter/signals';
import { assignVariable, convertForAssignment } from '../statements/assign';
import { executeDeclare } from '../statements/declare';
import { notSupportedExpression } from '../statements/not-supported';
import { executeSetVariable } from '../statements/set-variable';

class FunctionReturn {
  constructor(readonly value: Typed) {}
}

/** Runs the body; the RETURN value converted to the declared type (NULL when none is reached). */
export function runFunctionBody(body: readonly Statement[], scope: Scope, returns: SqlType): Typed {
  try {
    for (const st of body) run(st, scope, returns);
  } catch (e) {
    if (e instanceof FunctionReturn) return e.value;
    throw e;
  }
  return typed(returns, null);
}

function run(st: Statement, scope: Scope, returns: SqlType): void {
  try {
    step(st, scope, returns);
  } catch (e) {
    if (e instanceof SqlError) {
      if (e.lineNumber === 0) e.lineNumber = st.line;
      if (e.procName === '') e.procName = scope.frame.procName;
    }
    throw e;
  }
}

function step(st: Statement, scope: Scope, returns: SqlType): void {
  switch (st.kind) {
    case 'declare': return executeDeclare(st, scope);
    case 'setVariable': return executeSetVariable(st, scope);
    case 'block':
      for (const inner of st.statements) run(inner, scope, returns);
      return;
    case 'if':
      if (predicate(st.condition, { scope }) === true) run(st.then, scope, returns);
      else if (st.else) run(st.else, scope, returns);
      return;
    case 'while':
      for (;;) {
        if (scope.run.signal.aborted) throw new BatchAbortSignal('attention');
        if (predicate(st.condition, { scope }) !== true) return;
        try {
          run(st.body, scope, returns);
        } catch (e) {
          if (e instanceof BreakSignal) return;
          if (e instanceof ContinueSignal) continue;
          throw e;
        }
      }
    case 'break': throw new BreakSignal();
    case 'continue': throw new ContinueSignal();
    case 'return': {
      const v = st.value ? evaluate(st.value, { scope }) : typed(returns, null);
      throw new FunctionReturn(typed(returns, convertForAssignment(v, returns, scope)));
    }
    case 'select': {
      const spec = st.query.body;
      if (spec.kind !== 'querySpec' || spec.from.length > 0 || spec.where || !spec.items.every((i) => i.kind === 'assign')) {
        throw notSupportedExpression('SELECT from tables inside a scalar function');
      }
      for (const item of spec.items) {
        if (item.kind === 'assign') assignVariable(scope.frame.get(item.variable), item.op, evaluate(item.expr, { scope }), scope);
      }
      return;
    }
    default:
      throw sqlError(443, st.kind.toUpperCase());
  }
}
