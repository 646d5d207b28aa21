// Aggregates with SQL Server's result types ("Aggregate Functions"): COUNT int, COUNT_BIG bigint,
// SUM of int family int / bigint bigint / decimal(p,s) decimal(38,s) / money money / float float,
// AVG of int family truncated integer average in the argument's type (tinyint/smallint -> int),
// AVG of decimal decimal(38, max(s,6)), MIN/MAX keep the type (strings ordered by CI_AS, sql_variant
// by its comparison rules).
import { sqlError } from '../../errors/catalog';
import type { FunctionCall } from '../../tsql/ast';
import { isCharacter, isNumeric, isUnicode } from '../../types/categories';
import type { SqlType } from '../../types/sql-type';
import { typeName } from '../../types/type-names';
import { notSupportedExpression } from '../statements/not-supported';
import { coerce } from './coerce';
import { keyOf, needsEqualityKey, orderTerm } from './order-terms';
import { tx } from './translate-expr';
import type { TxContext } from './tx-context';
import { BIGINT, FLOAT, INT, NVARCHAR_MAX, typeLiteral, type TExpr } from './texpr';

/** `over`: the window clause to append to every SQLite aggregate call, for aggregates OVER (...) */
export function translateAggregate(e: FunctionCall, name: string, c: TxContext, over = ''): TExpr {
  if (!c.allowAggregates && !over) throw sqlError(147);
  const inner: TxContext = { ...c, allowAggregates: false };
  const distinct = e.distinct ? 'DISTINCT ' : '';
  const out = (sql: string, type: SqlType, nullable = true): TExpr => ({ sql, type, nullable, ...(over ? {} : { aggregate: true }) });
  if (name === 'COUNT' || name === 'COUNT_BIG') {
    const type = name === 'COUNT' ? INT : BIGINT;
    if (e.star) return out(`count(*)${over}`, type, false);
    const a = tx(e.args[0]!, inner);
    const key = e.distinct && needsEqualityKey(a.type) ? keyOf(a) : a.sql;
    return out(`count(${distinct}${key})${over}`, type, false);
  }
  if (e.args.length === 0) throw sqlError(174, name.toLowerCase(), 1);
  const a = tx(e.args[0]!, inner);
  if (a.aggregate) throw sqlError(130);
  const t = a.type;
  switch (name) {
    case 'SUM': case 'AVG': return sumOrAvg(name, a, distinct, over, out);
    case 'STDEV': case 'STDEVP': case 'VAR': case 'VARP': {
      if (!isNumeric(t)) throw sqlError(8117, typeName(t), name.toLowerCase());
      const x = coerce(a, FLOAT, c.params);
      return out(`msxd_${name.toLowerCase()}${over ? '_w' : ''}(${distinct}${x.sql})${over}`, FLOAT);
    }
    case 'MIN': case 'MAX': {
      if (t.kind === 'bit') throw sqlError(8117, 'bit', name.toLowerCase());
      if (isCharacter(t)) return out(`msxd_${name.toLowerCase()}_ci${over ? '_w' : ''}(${a.sql})${over}`, t);
      if (t.kind === 'sql_variant') return out(`msxd_${name.toLowerCase()}_variant${over ? '_w' : ''}(${a.sql})${over}`, t);
      return out(`${name.toLowerCase()}(${a.sql})${over}`, t);
    }
    case 'STRING_AGG': {
      if (e.args.length !== 2) throw sqlError(174, 'string_agg', 2);
      const text = isCharacter(t) ? a : coerce(a, NVARCHAR_MAX, c.params, { explicit: true });
      const sep = tx(e.args[1]!, inner);
      const max = 'length' in t && t.length === 'max';
      const type: SqlType = isUnicode(t) || !isCharacter(t) ? { kind: 'nvarchar', length: max ? 'max' : 4000 } : { kind: 'varchar', length: max ? 'max' : 8000 };
      const order = e.withinGroup && e.withinGroup.length > 0
        ? ` ORDER BY ${e.withinGroup.map((o) => orderTerm(tx(o.expr, inner), o.desc)).join(', ')}` : '';
      return out(`group_concat(${text.sql}, ${sep.sql}${order})${over}`, type);
    }
    default:
      throw notSupportedExpression(name);
  }
}

function sumOrAvg(name: 'SUM' | 'AVG', a: TExpr, distinct: string, over: string, out: (sql: string, type: SqlType) => TExpr): TExpr {
  const t = a.type;
  const fn = name.toLowerCase();
  switch (t.kind) {
    case 'tinyint': case 'smallint': case 'int': case 'bigint': {
      const type = t.kind === 'bigint' ? BIGINT : INT;
      if (name === 'SUM') return out(`sum(${distinct}${a.sql})${over}`, type);
      return out(`(sum(${distinct}${a.sql})${over} / count(${distinct}${a.sql})${over})`, type);
    }
    case 'float': case 'real':
      return out(`${name === 'SUM' ? 'total' : 'avg'}(${distinct}${a.sql})${over}`, { kind: 'float' });
    case 'money': case 'smallmoney':
      if (name === 'SUM' && !distinct) return out(`sum(${a.sql})${over}`, { kind: 'money' });
      return exact(fn, a, { kind: 'money' }, distinct, over, out);
    case 'decimal': {
      const type: SqlType = name === 'SUM'
        ? { kind: 'decimal', precision: 38, scale: t.scale }
        : { kind: 'decimal', precision: 38, scale: Math.max(t.scale, 6) };
      return exact(fn, a, type, distinct, over, out);
    }
    default:
      throw sqlError(8117, typeName(t), fn);
  }
}

function exact(fn: string, a: TExpr, type: SqlType, distinct: string, over: string, out: (sql: string, type: SqlType) => TExpr): TExpr {
  if (distinct) throw notSupportedExpression(`${fn.toUpperCase()}(DISTINCT) of decimal or money`);
  const sql = `msxd_${fn}(${typeLiteral(a.type)}, ${typeLiteral(type)}, ${a.sql})${over}`;
  return out(sql, type);
}
