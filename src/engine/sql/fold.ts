// Constant folding: an expression that reads no column, subquery or aggregate (literals,
// variables, @@functions, session functions, GETDATE() - a runtime constant in SQL Server too)
// is evaluated by the interpreter once per execution and bound as a parameter.
import { SqlError } from '../../errors/sql-error';
import { encodeValue } from '../../store/storage-types';
import type { Expr } from '../../tsql/ast';
import { convert } from '../../types/convert';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import { AGGREGATES, WINDOW_ONLY } from './function-kinds';
import type { Params } from './params';
import { sameType, type TExpr } from './texpr';
import type { Scope } from '../interpreter/scope';

/** built-ins whose value changes per row: never folded */
const PER_ROW = new Set(['NEWID', 'RAND', 'NEWSEQUENTIALID', 'CRYPT_GEN_RANDOM']);

export function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case 'literal': case 'null': case 'variable': case 'global': case 'niladic': case 'datePart':
      return true;
    case 'column': case 'pseudoColumn': case 'subquery': case 'exists': case 'inSubquery':
    case 'quantified': case 'default': case 'nextValueFor':
      return false;
    case 'call': {
      const name = e.name.name.toUpperCase();
      if (e.over || e.withinGroup || e.star || e.name.schema || PER_ROW.has(name)) return false;
      if (AGGREGATES.has(name) || WINDOW_ONLY.has(name)) return false;
      return e.args.every(isConstant);
    }
    case 'unary': case 'not': case 'isNull': case 'collate': return isConstant(e.operand);
    case 'cast': return isConstant(e.operand);
    case 'convert': return isConstant(e.operand) && (!e.style || isConstant(e.style));
    case 'binary': case 'compare': case 'logical': return isConstant(e.left) && isConstant(e.right);
    case 'between': return isConstant(e.operand) && isConstant(e.low) && isConstant(e.high);
    case 'inList': return isConstant(e.operand) && e.list.every(isConstant);
    case 'like': return isConstant(e.operand) && isConstant(e.pattern) && (!e.escape || isConstant(e.escape));
    case 'case': return (!e.operand || isConstant(e.operand)) && e.whens.every((w) => isConstant(w.when) && isConstant(w.then)) && (!e.else || isConstant(e.else));
    default: {
      const never: never = e;
      return never;
    }
  }
}

/**
 * The folded parameter of a constant expression, or undefined when evaluating it now raises an
 * error (1/0 in a branch no row reaches must fail per row, not at once).
 */
export function foldConstant(e: Expr, scope: Scope, params: Params): TExpr | undefined {
  let v: Typed;
  try {
    v = evaluate(e, { scope });
  } catch (err) {
    if (err instanceof SqlError && e.kind !== 'variable' && e.kind !== 'literal' && e.kind !== 'global') return undefined;
    throw err;
  }
  const type = v.type;
  const sql = e.kind === 'literal' || e.kind === 'null' || e.kind === 'datePart'
    ? params.fixed(encodeValue(type, v.value))
    : params.computed((s) => {
      const now = evaluate(e, { scope: s });
      if (now.value === null) return null;
      return encodeValue(type, sameType(now.type, type) ? now.value : convert(now, type, { dateFormat: s.session.options.dateFormat }).value);
    });
  return { sql, type, nullable: v.value === null || e.kind !== 'literal', constant: v, slot: sql };
}
