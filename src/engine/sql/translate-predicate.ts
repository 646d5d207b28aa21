// Search conditions. SQLite's NULL logic matches T-SQL's three-valued logic for AND/OR/NOT,
// comparisons, IN and IS NULL, so conditions translate one to one once both sides of a comparison
// have the common type (higherType); character comparisons go through the CI_AS key, sql_variant
// ones through msxd_cmp / msxd_variant_key (family first, then value: expressions/variant-order.ts).
import { sqlError } from '../../errors/catalog';
import { ciKey } from '../../store/collation-key';
import { ciSortKey } from '../../types/collation-sort-key';
import { decodeValue } from '../../store/storage-types';
import type { CompareOp, Expr } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { collationRule } from '../../types/collation-rules';
import { higherType, resultTypeOf } from '../../types/precedence';
import type { SqlType } from '../../types/sql-type';
import { variantKeyOf } from '../expressions/variant-order';
import { coerce } from './coerce';
import { tx } from './translate-expr';
import { subqueryColumn, translateSubquery } from './translate-subquery';
import type { TxContext } from './tx-context';
import { NVARCHAR_MAX, typeLiteral, type TExpr } from './texpr';

export function translatePredicate(e: Expr, c: TxContext): string {
  switch (e.kind) {
    case 'compare': {
      const collation = explicitCollation(e.op, e.left, e.right);
      const a = tx(e.left, c);
      const b = tx(e.right, c);
      if (collation && isCharacter(a.type) && isCharacter(b.type)) {
        return `(msxd_coll_cmp('${collation.replace(/'/g, "''")}', ${a.sql}, ${b.sql}) ${e.op} 0)`;
      }
      return comparison(e.op, a, b, c);
    }
    case 'logical': return `(${translatePredicate(e.left, c)} ${e.op === 'and' ? 'AND' : 'OR'} ${translatePredicate(e.right, c)})`;
    case 'not': return `(NOT ${translatePredicate(e.operand, c)})`;
    case 'isNull': return `(${tx(e.operand, c).sql} IS ${e.not ? 'NOT ' : ''}NULL)`;
    case 'between': {
      const v = tx(e.operand, c);
      const r = `(${comparison('>=', v, tx(e.low, c), c)} AND ${comparison('<=', v, tx(e.high, c), c)})`;
      return e.not ? `(NOT ${r})` : r;
    }
    case 'inList': {
      const v = tx(e.operand, c);
      const items = e.list.map((i) => tx(i, c));
      const t = resultTypeOf([v.type, ...items.map((i) => i.type)]);
      const key = (x: TExpr): string => comparable(coerce(x, t, c.params), t, c);
      return `(${key(v)} ${e.not ? 'NOT IN' : 'IN'} (${items.map(key).join(', ')}))`;
    }
    case 'like': {
      const v = asString(tx(e.operand, c), c);
      const p = asString(tx(e.pattern, c), c);
      const esc = e.escape ? `, ${asString(tx(e.escape, c), c)}` : '';
      const r = `msxd_like(${v}, ${p}${esc})`;
      return e.not ? `(NOT ${r})` : r;
    }
    case 'exists': return `EXISTS (${translateSubquery(e.query, c).sql})`;
    case 'inSubquery': {
      const v = tx(e.operand, c);
      const sub = translateSubquery(e.query, c);
      const col = subqueryColumn(sub, 's');
      const t = higherType(v.type, col.type);
      const inner = comparable(coerce(col, t, c.params), t, c);
      return `(${comparable(coerce(v, t, c.params), t, c)} ${e.not ? 'NOT IN' : 'IN'} (SELECT ${inner} FROM (${sub.sql}) AS s))`;
    }
    case 'quantified': {
      const v = tx(e.left, c);
      const sub = translateSubquery(e.query, c);
      const col = subqueryColumn(sub, 's');
      const cmp = comparison(e.op, v, col, c);
      if (e.quantifier === 'any') return `EXISTS (SELECT 1 FROM (${sub.sql}) AS s WHERE ${cmp})`;
      return `(NOT EXISTS (SELECT 1 FROM (${sub.sql}) AS s WHERE coalesce(${cmp}, 0) = 0))`;
    }
    case 'collate': return translatePredicate(e.operand, c);
    default: {
      // A value where a condition is expected; bit variables and the like are refused by SQL Server.
      const t = tx(e, c);
      if (t.type.kind === 'bit' && (e.kind === 'call' || e.kind === 'case')) return `(${t.sql} = 1)`;
      throw sqlError(4145, 'WHERE');
    }
  }
}

const OPERATION_NAMES: Readonly<Record<CompareOp, string>> = {
  '=': 'equal to', '<>': 'not equal to', '<': 'less than', '>': 'greater than',
  '<=': 'less than or equal to', '>=': 'greater than or equal to',
};

/** an explicit COLLATE on either side wins over the server collation; two different ones are 468 */
function explicitCollation(op: CompareOp, left: Expr, right: Expr): string | undefined {
  const l = left.kind === 'collate' ? left.collation : undefined;
  const r = right.kind === 'collate' ? right.collation : undefined;
  if (l !== undefined && r !== undefined && l.toUpperCase() !== r.toUpperCase()) throw sqlError(468, l, r, OPERATION_NAMES[op]);
  const name = l ?? r;
  if (name === undefined || name.toUpperCase() === 'DATABASE_DEFAULT') return undefined;
  if (!collationRule(name)) throw sqlError(448, name);
  return name;
}

function asString(t: TExpr, c: TxContext): string {
  return isCharacter(t.type) ? t.sql : coerce(t, NVARCHAR_MAX, c.params).sql;
}

/**
 * SQL whose SQLite comparison is the T-SQL comparison for values of type `t`. Strings compare by
 * their equality key (which an expression index on the column can serve) unless `ordered`: then
 * by their sort key, whose order is the collation's.
 */
function comparable(x: TExpr, t: SqlType, c: TxContext, ordered = false): string {
  if (t.kind === 'sql_variant') {
    if (x.slot) return c.params.derive(x.slot, (raw) => (raw === null ? null : variantKeyOf({ type: t, value: decodeValue(t, raw) })));
    return `msxd_variant_key(${x.sql})`;
  }
  if (!isCharacter(t)) return x.sql;
  const key = ordered ? ciSortKey : ciKey;
  if (x.slot) return c.params.derive(x.slot, (raw) => (raw === null ? null : key(String(raw))));
  return ordered ? `msxd_ci_sort_key(${x.sql})` : `msxd_ci_key(${x.sql})`;
}

export function comparison(op: CompareOp, a: TExpr, b: TExpr, c: TxContext): string {
  const t = higherType(a.type, b.type);
  const x = coerce(a, t, c.params);
  const y = coerce(b, t, c.params);
  if (t.kind === 'decimal' && t.precision > 18) return `(msxd_dec_cmp(${x.sql}, ${y.sql}) ${op} 0)`;
  if (t.kind === 'sql_variant' || t.kind === 'text' || t.kind === 'ntext' || t.kind === 'image' || t.kind === 'xml') {
    return `(msxd_cmp(${typeLiteral(a.type)}, ${typeLiteral(b.type)}, ${a.sql}, ${b.sql}) ${op} 0)`;
  }
  if (t.kind === 'uniqueidentifier' && op !== '=' && op !== '<>') return `(msxd_guid_key(${x.sql}) ${op} msxd_guid_key(${y.sql}))`;
  const ordered = op !== '=' && op !== '<>';
  return `(${comparable(x, t, c, ordered)} ${op} ${comparable(y, t, c, ordered)})`;
}
