// Expression evaluation over the AST. Values are computed by the value library (types/); this file
// decides what to evaluate and when: variables, CASE and the lazy functions, CAST/CONVERT with the
// session's DATEFORMAT, string concatenation under CONCAT_NULL_YIELDS_NULL.
import { sqlError } from '../../errors/catalog';
import type { BinaryExpr, CaseExpr, ConvertExpr, CastExpr, Expr, TypeRef, UnaryExpr } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert, tryConvert } from '../../types/convert';
import { stringLiteral } from '../../types/literals';
import { arithmetic, bitNot, negate, unaryPlus } from '../../types/operators';
import { concatResultType, resultTypeOf } from '../../types/precedence';
import { collationRule } from '../../types/collation-rules';
import type { SqlType } from '../../types/sql-type';
import { NULL_LITERAL, typed, type Typed } from '../../types/typed-value';
import { isOn } from '../session/set-options';
import { notSupportedExpression } from '../statements/not-supported';
import type { EvalContext } from './eval-context';
import { evaluateCall, evaluateNiladic } from './calls';
import { literalValue } from './literal';
import { predicate } from './predicate';
import { scalarSubquery } from './subquery';
import { systemVariable } from './system-variables';
import { unwrapVariant } from './variant';
import { compareOperands } from './variant-order';

export function evaluate(expr: Expr, ctx: EvalContext): Typed {
  switch (expr.kind) {
    case 'literal': return literalValue(expr);
    case 'null': return NULL_LITERAL;
    case 'variable': {
      const v = ctx.scope.frame.get(expr.name);
      return typed(v.type, v.value);
    }
    case 'global': return systemVariable(expr.name, ctx.scope);
    case 'column':
      if (ctx.row) return ctx.row.column(expr);
      if (expr.qualifier.length > 0) throw sqlError(4104, [...expr.qualifier, expr.name].join('.'));
      throw sqlError(207, expr.name);
    case 'datePart': return stringLiteral(expr.name);
    case 'unary': return unary(expr, ctx);
    case 'binary': return binary(expr, ctx);
    case 'case': return caseExpr(expr, ctx);
    case 'cast': return castOrConvert(expr, ctx);
    case 'convert': return castOrConvert(expr, ctx);
    case 'call': return evaluateCall(expr, ctx);
    case 'niladic': return evaluateNiladic(expr, ctx);
    case 'subquery': return scalarSubquery(expr.query, ctx);
    // Values carry no collation: an explicit COLLATE changes comparisons only (predicate.ts).
    case 'collate':
      if (!collationRule(expr.collation)) throw sqlError(448, expr.collation);
      return evaluate(expr.operand, ctx);
    case 'compare':
    case 'logical':
    case 'not':
    case 'isNull':
    case 'between':
    case 'inList':
    case 'inSubquery':
    case 'like':
    case 'exists':
    case 'quantified': {
      // A predicate where a value is expected (the parser lets it through in some spots).
      const r = predicate(expr, ctx);
      return typed({ kind: 'bit' }, r);
    }
    case 'default': throw notSupportedExpression('DEFAULT');
    case 'pseudoColumn': throw notSupportedExpression(expr.name);
    case 'nextValueFor': throw notSupportedExpression('NEXT VALUE FOR');
    default: {
      const never: never = expr;
      throw new Error(`unknown expression ${(never as Expr).kind}`);
    }
  }
}

function unary(expr: UnaryExpr, ctx: EvalContext): Typed {
  const v = unwrapVariant(evaluate(expr.operand, ctx));
  switch (expr.op) {
    case '-': return negate(v);
    case '+': return unaryPlus(v);
    case '~': return bitNot(v);
    default: {
      const never: never = expr.op;
      throw new Error(`unknown unary ${String(never)}`);
    }
  }
}

function binary(expr: BinaryExpr, ctx: EvalContext): Typed {
  const a = unwrapVariant(evaluate(expr.left, ctx));
  const b = unwrapVariant(evaluate(expr.right, ctx));
  // SET CONCAT_NULL_YIELDS_NULL OFF: NULL + 'abc' is 'abc' (Microsoft docs of the option).
  if (expr.op === '+' && !isOn(ctx.scope.session.options, 'CONCAT_NULL_YIELDS_NULL')) {
    // The result is typed as the concatenation would be: 'a' + CAST(NULL AS varchar(1)) is varchar(2).
    if ((a.value === null || b.value === null) && isCharacter(a.type) && isCharacter(b.type)) {
      return typed(concatResultType(a.type, b.type), String(a.value ?? '') + String(b.value ?? ''));
    }
    if (a.value === null && isCharacter(b.type)) return b.value === null ? typed(b.type, '') : b;
    if (b.value === null && isCharacter(a.type)) return a;
  }
  if (expr.op === '<<' || expr.op === '>>') throw notSupportedExpression(`${expr.op} (bit shift)`);
  return arithmetic(expr.op, a, b);
}

function caseExpr(expr: CaseExpr, ctx: EvalContext): Typed {
  let chosen: Expr | undefined = expr.else;
  const operand = expr.operand ? evaluate(expr.operand, ctx) : undefined;
  for (const w of expr.whens) {
    const hit = operand
      ? compareOperands(operand, evaluate(w.when, ctx)) === 0
      : predicate(w.when, ctx) === true;
    if (hit) {
      chosen = w.then;
      break;
    }
  }
  const branches = [...expr.whens.map((w) => w.then), ...(expr.else ? [expr.else] : [])];
  const value = chosen ? evaluate(chosen, ctx) : NULL_LITERAL;
  return toCommonType(value, branches, chosen, ctx);
}

/**
 * CASE/COALESCE/IIF return the highest-precedence type of all branches, not only of the one taken.
 * Branch types come from staticType where they can be known without evaluating the branch.
 */
export function toCommonType(value: Typed, branches: readonly Expr[], chosen: Expr | undefined, ctx: EvalContext): Typed {
  const types: SqlType[] = [];
  for (const b of branches) {
    if (b.kind === 'null') continue;
    const t = b === chosen ? value.type : staticType(b, ctx);
    if (t) types.push(t);
  }
  if (types.length === 0) return value;
  const target = resultTypeOf(types);
  if (value.value === null) return typed(target, null);
  if (sameType(value.type, target)) return value;
  return convert(value, target, { dateFormat: ctx.scope.session.options.dateFormat });
}

function sameType(a: SqlType, b: SqlType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The type an expression will have, when that is knowable without evaluating anything risky. */
export function staticType(expr: Expr, ctx: EvalContext): SqlType | undefined {
  switch (expr.kind) {
    case 'literal': return literalValue(expr).type;
    case 'variable': return ctx.scope.frame.lookup(expr.name)?.type;
    case 'global': return systemVariable(expr.name, ctx.scope).type;
    case 'cast':
    case 'convert': return expr.type.kind === 'userType' ? undefined : expr.type;
    case 'case': {
      const types = [...expr.whens.map((w) => w.then), ...(expr.else ? [expr.else] : [])]
        .map((b) => staticType(b, ctx)).filter((t): t is SqlType => t !== undefined);
      return types.length > 0 ? resultTypeOf(types) : undefined;
    }
    default: return undefined;
  }
}

export function resolveTypeRef(t: TypeRef): SqlType {
  if (t.kind === 'userType') throw sqlError(243, t.name.name);
  return t;
}

function castOrConvert(expr: CastExpr | ConvertExpr, ctx: EvalContext): Typed {
  const target = resolveTypeRef(expr.type);
  const raw = evaluate(expr.operand, ctx);
  const options: { style?: number; dateFormat: typeof ctx.scope.session.options.dateFormat } = {
    dateFormat: ctx.scope.session.options.dateFormat,
  };
  if (expr.kind === 'convert' && expr.style) {
    const style = evaluate(expr.style, ctx).value;
    if (style !== null) options.style = Number(style);
  }
  // Converting a variant keeps the variant when the target is sql_variant itself.
  const source = target.kind === 'sql_variant' ? raw : unwrapVariant(raw);
  return expr.try ? tryConvert(source, target, options) : convert(source, target, options);
}
