// Window functions over SQLite's (3.25+): ranking functions are bigint, LAG/LEAD/FIRST_VALUE/
// LAST_VALUE keep their argument's type, aggregates OVER (...) type as their grouped forms.
import { sqlError } from '../../errors/catalog';
import type { FrameBound, FunctionCall, OverClause } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import { notSupportedExpression } from '../statements/not-supported';
import { coerce } from './coerce';
import { AGGREGATES } from './function-kinds';
import { keyOf, orderTerm } from './order-terms';
import { translateAggregate } from './translate-aggregate';
import { tx } from './translate-expr';
import type { TxContext } from './tx-context';
import { BIGINT, FLOAT, type TExpr } from './texpr';

export function translateWindow(e: FunctionCall, name: string, c: TxContext): TExpr {
  const over = e.over as OverClause;
  const inner: TxContext = { ...c, allowAggregates: c.allowAggregates };
  const spec = windowSpec(over, inner);
  if (AGGREGATES.has(name)) return translateAggregate(e, name, inner, ` OVER (${spec})`);
  const args = e.args.map((a) => tx(a, inner));
  switch (name) {
    case 'ROW_NUMBER': case 'RANK': case 'DENSE_RANK':
      if (over.orderBy.length === 0) throw sqlError(4112, name);
      return { sql: `${name.toLowerCase()}() OVER (${spec})`, type: BIGINT, nullable: false };
    case 'NTILE':
      if (over.orderBy.length === 0) throw sqlError(4112, name);
      return { sql: `ntile(${args[0]?.sql ?? 'NULL'}) OVER (${spec})`, type: BIGINT, nullable: true };
    case 'PERCENT_RANK': case 'CUME_DIST':
      return { sql: `${name.toLowerCase()}() OVER (${spec})`, type: FLOAT, nullable: false };
    case 'LAG': case 'LEAD': {
      const x = args[0];
      if (!x) throw sqlError(174, name.toLowerCase(), 1);
      const rest = [args[1]?.sql ?? '1', ...(args[2] ? [coerce(args[2], x.type, c.params).sql] : [])];
      return { sql: `${name.toLowerCase()}(${x.sql}, ${rest.join(', ')}) OVER (${spec})`, type: x.type, nullable: true };
    }
    case 'FIRST_VALUE': case 'LAST_VALUE': {
      const x = args[0];
      if (!x) throw sqlError(174, name.toLowerCase(), 1);
      return { sql: `${name.toLowerCase()}(${x.sql}) OVER (${spec})`, type: x.type, nullable: true };
    }
    default:
      throw notSupportedExpression(`${name} OVER`);
  }
}

function windowSpec(over: OverClause, c: TxContext): string {
  const parts: string[] = [];
  if (over.partitionBy.length > 0) parts.push(`PARTITION BY ${over.partitionBy.map((p) => keyOf(tx(p, c))).join(', ')}`);
  if (over.orderBy.length > 0) parts.push(`ORDER BY ${over.orderBy.map((o) => orderTerm(tx(o.expr, c), o.desc)).join(', ')}`);
  if (over.frame) {
    const f = over.frame;
    const bound = (b: FrameBound): string => {
      switch (b.kind) {
        case 'unboundedPreceding': return 'UNBOUNDED PRECEDING';
        case 'unboundedFollowing': return 'UNBOUNDED FOLLOWING';
        case 'currentRow': return 'CURRENT ROW';
        case 'preceding': case 'following': {
          const v = evaluate(b.offset, { scope: c.scope }).value;
          return `${Number(v)} ${b.kind === 'preceding' ? 'PRECEDING' : 'FOLLOWING'}`;
        }
        default: {
          const never: never = b;
          throw new Error(`unknown frame bound ${String(never)}`);
        }
      }
    };
    parts.push(`${f.unit.toUpperCase()} ${f.end ? `BETWEEN ${bound(f.start)} AND ${bound(f.end)}` : bound(f.start)}`);
  } else if (over.orderBy.length > 0) {
    // SQL Server's default frame with ORDER BY is RANGE UNBOUNDED PRECEDING .. CURRENT ROW: same.
  }
  return parts.join(' ');
}
