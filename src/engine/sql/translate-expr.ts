// T-SQL expression -> SQLite expression with its SQL Server type. Constants fold into parameters
// (fold.ts); columns bind through the NameScope; operators follow arithmeticPlan / higherType.
import { sqlError } from '../../errors/catalog';
import type { BinaryExpr, CaseExpr, Expr, UnaryExpr } from '../../tsql/ast';
import { arithmeticPlan } from '../../types/arithmetic-type';
import { collationRule } from '../../types/collation-rules';
import { isBinary } from '../../types/categories';
import { resultTypeOf } from '../../types/precedence';
import type { SqlType } from '../../types/sql-type';
import { resolveTypeRef } from '../expressions/evaluate';
import { isOn } from '../session/set-options';
import { notSupportedExpression } from '../statements/not-supported';
import { coerce } from './coerce';
import { foldConstant, isConstant } from './fold';
import { comparison, translatePredicate } from './translate-predicate';
import { translateCall } from './translate-call';
import { scalarSubquery } from './translate-subquery';
import type { TxContext } from './tx-context';
import { BIT, INT, typeLiteral, type TExpr } from './texpr';

export function tx(e: Expr, c: TxContext): TExpr {
  if (isConstant(e)) {
    const folded = foldConstant(e, c.scope, c.params);
    if (folded) return folded;
  }
  switch (e.kind) {
    case 'column': return column(e, c);
    case 'binary': return binary(e, c);
    case 'unary': return unary(e, c);
    case 'case': return caseExpr(e, c);
    case 'cast': case 'convert': {
      const target = resolveTypeRef(e.type);
      const operand = tx(e.operand, c);
      const style = e.kind === 'convert' && e.style ? tx(e.style, c) : undefined;
      return coerce(operand, target, c.params, { explicit: true, try: e.try, ...(style ? { style } : {}) });
    }
    case 'call': return translateCall(e, c);
    case 'subquery': return scalarSubquery(e.query, c);
    // Values carry no collation: an explicit COLLATE changes comparisons only (translate-predicate.ts).
    case 'collate':
      if (!collationRule(e.collation)) throw sqlError(448, e.collation);
      return tx(e.operand, c);
    case 'compare': case 'logical': case 'not': case 'isNull': case 'between': case 'inList':
    case 'inSubquery': case 'like': case 'exists': case 'quantified':
      return { sql: translatePredicate(e, c), type: BIT, nullable: true };
    case 'literal': case 'null': case 'variable': case 'global': case 'niladic': case 'datePart':
      throw new Error(`constant ${e.kind} was not folded`);
    case 'default': throw notSupportedExpression('DEFAULT');
    case 'pseudoColumn': throw notSupportedExpression(e.name);
    case 'nextValueFor': throw notSupportedExpression('NEXT VALUE FOR');
    default: {
      const never: never = e;
      throw new Error(`unknown expression ${(never as Expr).kind}`);
    }
  }
}

function column(e: Extract<Expr, { kind: 'column' }>, c: TxContext): TExpr {
  if (c.aliases && e.qualifier.length === 0) {
    const a = c.aliases.get(e.name.toLowerCase());
    if (a) return a;
  }
  return c.names.resolve(e);
}

const probe = (t: TExpr): { type: SqlType; value: null } | NonNullable<TExpr['constant']> =>
  t.constant ?? { type: t.type, value: null };

function binary(e: BinaryExpr, c: TxContext): TExpr {
  if (e.op === '<<' || e.op === '>>') throw notSupportedExpression(`${e.op} (bit shift)`);
  const a = tx(e.left, c);
  const b = tx(e.right, c);
  const plan = arithmeticPlan(e.op, probe(a), probe(b));
  const nullable = a.nullable || b.nullable;
  const aggregate = a.aggregate || b.aggregate ? { aggregate: true } : {};
  const out = (sql: string): TExpr => ({ sql, type: plan.type, nullable, ...aggregate });
  switch (plan.kind) {
    case 'concat': {
      if (isBinary(plan.type)) return out(generic(e.op, a, b, plan.type));
      if (!isOn(c.scope.session.options, 'CONCAT_NULL_YIELDS_NULL')) {
        return out(`CASE WHEN ${a.sql} IS NULL AND ${b.sql} IS NULL THEN NULL ELSE coalesce(${a.sql}, '') || coalesce(${b.sql}, '') END`);
      }
      return out(`(${a.sql} || ${b.sql})`);
    }
    case 'integer': case 'float': {
      const x = coerce(a, plan.type, c.params).sql;
      const y = coerce(b, plan.type, c.params).sql;
      if (e.op === '/' || e.op === '%') {
        // Constants are bound as JS numbers, which SQLite receives as REAL: integer division
        // needs both operands cast back to INTEGER, or 1 / 300 is 0.00333.
        const [xs, ys] = plan.kind === 'float'
          ? [e.op === '/' ? `CAST(${x} AS REAL)` : x, y]
          : [`CAST(${x} AS INTEGER)`, `CAST(${y} AS INTEGER)`];
        return out(`(CASE WHEN ${y} = 0 THEN msxd_raise(8134) ELSE ${xs} ${e.op} ${ys} END)`);
      }
      const sum = `(${x} ${e.op} ${y})`;
      // SQLite widens silently (to REAL past 64 bits); SQL Server raises 8115 past the type's range.
      return out(plan.kind === 'integer' ? `msxd_ichk(${sum}, '${plan.type.kind}')` : sum);
    }
    case 'bitwise': {
      const x = coerce(a, plan.type, c.params).sql;
      const y = coerce(b, plan.type, c.params).sql;
      if (e.op === '^') return out(`((${x} | ${y}) - (${x} & ${y}))`);
      return out(`(${x} ${e.op} ${y})`);
    }
    case 'money':
      if ((e.op === '+' || e.op === '-') && a.type.kind === 'money' && b.type.kind === 'money') return out(`(${a.sql} ${e.op} ${b.sql})`);
      return out(generic(e.op, a, b, plan.type));
    case 'decimal': case 'datetime':
      return out(generic(e.op, a, b, plan.type));
    default: {
      const never: never = plan;
      throw new Error(`unknown plan ${String(never)}`);
    }
  }
}

function generic(op: string, a: TExpr, b: TExpr, result: SqlType): string {
  return `msxd_op('${op}', ${typeLiteral(a.type, a.constant?.literal === true)}, ${typeLiteral(b.type, b.constant?.literal === true)}, ${typeLiteral(result)}, ${a.sql}, ${b.sql})`;
}

function unary(e: UnaryExpr, c: TxContext): TExpr {
  const a = tx(e.operand, c);
  const t = a.type;
  switch (e.op) {
    case '+': return a;
    case '-':
      if (t.kind === 'int' || t.kind === 'bigint' || t.kind === 'smallint' || t.kind === 'float' || t.kind === 'real'
        || t.kind === 'money' || (t.kind === 'decimal' && t.precision <= 18)) return derived(a, `(- ${a.sql})`);
      return derived(a, `msxd_neg(${typeLiteral(t)}, ${a.sql})`);
    case '~':
      if (t.kind === 'int' || t.kind === 'bigint' || t.kind === 'smallint') return derived(a, `(~ ${a.sql})`);
      return derived(a, `msxd_bitnot(${typeLiteral(t)}, ${a.sql})`);
    default: {
      const never: never = e.op;
      throw new Error(`unknown unary ${String(never)}`);
    }
  }
}

function derived(a: TExpr, sql: string): TExpr {
  return { sql, type: a.type, nullable: a.nullable, ...(a.aggregate ? { aggregate: true } : {}) };
}

function caseExpr(e: CaseExpr, c: TxContext): TExpr {
  const thens = e.whens.map((w) => tx(w.then, c));
  const otherwise = e.else ? tx(e.else, c) : undefined;
  const branches = [...thens, ...(otherwise ? [otherwise] : [])];
  const typed = branches.filter((b, i) => (i < e.whens.length ? e.whens[i]!.then.kind : e.else?.kind) !== 'null');
  const type = typed.length > 0 ? resultTypeOf(typed.map((b) => b.type)) : INT;
  const operand = e.operand ? tx(e.operand, c) : undefined;
  const parts = e.whens.map((w, i) => {
    const cond = operand ? comparison('=', operand, tx(w.when, c), c) : translatePredicate(w.when, c);
    return `WHEN ${cond} THEN ${coerce(thens[i]!, type, c.params).sql}`;
  });
  const elseSql = otherwise ? ` ELSE ${coerce(otherwise, type, c.params).sql}` : '';
  const aggregate = branches.some((b) => b.aggregate) || operand?.aggregate ? { aggregate: true } : {};
  return { sql: `(CASE ${parts.join(' ')}${elseSql} END)`, type, nullable: !otherwise || branches.some((b) => b.nullable), ...aggregate };
}

/** An expression used as a condition must be a predicate (4145 otherwise). */
export function requirePredicate(e: Expr, c: TxContext, context = 'WHERE'): string {
  void context;
  return translatePredicate(e, c);
}

export function assertNoAggregate(t: TExpr, clause: 'WHERE' | 'GROUP BY' | 'ON'): void {
  if (t.aggregate) throw clause === 'GROUP BY' ? sqlError(144) : sqlError(147);
}
