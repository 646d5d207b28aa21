// Search conditions with SQL's three-valued logic: true, false, or null (UNKNOWN). IF, WHILE,
// WHERE, CASE WHEN and IIF use them; UNKNOWN behaves as false there.
import { sqlError } from '../../errors/catalog';
import type { CompareOp, Expr } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import { like } from '../../types/like';
import { collationRule, compareStringsUnder, type CollationRule } from '../../types/collation-rules';
import type { Typed } from '../../types/typed-value';
import { isOn } from '../session/set-options';
import type { EvalContext } from './eval-context';
import { evaluate } from './evaluate';
import { queryRows } from './subquery';
import { unwrapVariant } from './variant';
import { compareOperands } from './variant-order';

export type Truth = boolean | null;

export function predicate(expr: Expr, ctx: EvalContext): Truth {
  switch (expr.kind) {
    case 'compare':
      return compareValues(expr.op, value(expr.left, ctx), value(expr.right, ctx), ctx, explicitCollation(expr.op, expr.left, expr.right));
    case 'logical': {
      const left = predicate(expr.left, ctx);
      if (expr.op === 'and') {
        if (left === false) return false;
        const right = predicate(expr.right, ctx);
        if (right === false) return false;
        return left === null || right === null ? null : true;
      }
      if (left === true) return true;
      const right = predicate(expr.right, ctx);
      if (right === true) return true;
      return left === null || right === null ? null : false;
    }
    case 'not': {
      const r = predicate(expr.operand, ctx);
      return r === null ? null : !r;
    }
    case 'isNull': {
      const isNull = evaluate(expr.operand, ctx).value === null;
      return expr.not ? !isNull : isNull;
    }
    case 'between': {
      const v = value(expr.operand, ctx);
      const low = compareValues('>=', v, value(expr.low, ctx), ctx);
      const high = compareValues('<=', v, value(expr.high, ctx), ctx);
      const r = and(low, high);
      return expr.not ? not(r) : r;
    }
    case 'inList': {
      const v = value(expr.operand, ctx);
      let r: Truth = false;
      for (const item of expr.list) {
        const eq = compareValues('=', v, value(item, ctx), ctx);
        if (eq === true) {
          r = true;
          break;
        }
        if (eq === null) r = null;
      }
      return expr.not ? not(r) : r;
    }
    case 'like': {
      const v = baseValue(expr.operand, ctx);
      const p = baseValue(expr.pattern, ctx);
      const esc = expr.escape ? baseValue(expr.escape, ctx) : undefined;
      if (v.value === null || p.value === null || (esc && esc.value === null)) return null;
      const r = like(asString(v, ctx), asString(p, ctx), esc ? asString(esc, ctx) : undefined);
      return expr.not ? !r : r;
    }
    case 'exists':
      return queryRows(expr.query, ctx, 1).length > 0;
    case 'inSubquery': {
      const v = value(expr.operand, ctx);
      let r: Truth = false;
      for (const row of queryRows(expr.query, ctx)) {
        const eq = compareValues('=', v, row[0] as Typed, ctx);
        if (eq === true) return expr.not ? false : true;
        if (eq === null) r = null;
      }
      return expr.not ? not(r) : r;
    }
    case 'quantified': {
      const v = value(expr.left, ctx);
      let r: Truth = expr.quantifier === 'all';
      for (const row of queryRows(expr.query, ctx)) {
        const c = compareValues(expr.op, v, row[0] as Typed, ctx);
        r = expr.quantifier === 'all' ? and(r, c) : or(r, c);
      }
      return r;
    }
    default: {
      // A value where a condition is expected (e.g. a bit variable): SQL Server rejects it when
      // compiling; msxd reports the same message at run time.
      throw sqlError(4145, 'IF');
    }
  }
}

/** A comparison operand keeps its sql_variant type: the variant rules decide (compareOperands). */
function value(expr: Expr, ctx: EvalContext): Typed {
  return evaluate(expr, ctx);
}

function baseValue(expr: Expr, ctx: EvalContext): Typed {
  return unwrapVariant(evaluate(expr, ctx));
}

function asString(t: Typed, ctx: EvalContext): string {
  if (isCharacter(t.type)) return String(t.value);
  return String(convert(t, { kind: 'nvarchar', length: 'max' }, { dateFormat: ctx.scope.session.options.dateFormat }).value);
}

/**
 * The COLLATE written on either side of a comparison: explicit collation wins over the implicit
 * server one ("Collation Precedence"); two different explicit ones conflict (468).
 */
const OPERATION_NAMES: Readonly<Record<CompareOp, string>> = {
  '=': 'equal to', '<>': 'not equal to', '<': 'less than', '>': 'greater than',
  '<=': 'less than or equal to', '>=': 'greater than or equal to',
};

function explicitCollation(op: CompareOp, left: Expr, right: Expr): CollationRule | undefined {
  const l = left.kind === 'collate' ? left.collation : undefined;
  const r = right.kind === 'collate' ? right.collation : undefined;
  if (l !== undefined && r !== undefined && l.toUpperCase() !== r.toUpperCase()) throw sqlError(468, l, r, OPERATION_NAMES[op]);
  const name = l ?? r;
  return name === undefined ? undefined : collationRule(name);
}

export function compareValues(op: CompareOp, a: Typed, b: Typed, ctx: EvalContext, collation?: CollationRule): Truth {
  if (a.value === null || b.value === null) {
    // SET ANSI_NULLS OFF: = and <> compare NULLs as values (Microsoft docs, SET ANSI_NULLS).
    if (!isOn(ctx.scope.session.options, 'ANSI_NULLS') && (op === '=' || op === '<>')) {
      const eq = a.value === null && b.value === null;
      return op === '=' ? eq : !eq;
    }
    return null;
  }
  const c = collation && isCharacter(a.type) && isCharacter(b.type)
    ? compareStringsUnder(collation, String(a.value), String(b.value))
    : compareOperands(a, b);
  if (c === null) return null;
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    case '>=': return c >= 0;
    default: {
      const never: never = op;
      throw new Error(`unknown comparison ${String(never)}`);
    }
  }
}

function and(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  return a === null || b === null ? null : true;
}

function or(a: Truth, b: Truth): Truth {
  if (a === true || b === true) return true;
  return a === null || b === null ? null : false;
}

function not(a: Truth): Truth {
  return a === null ? null : !a;
}
