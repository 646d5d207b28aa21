// Whether a query needs the SQL translator: anything beyond a select list over no FROM.
import type { Expr, Query, SelectItem } from '../../tsql/ast';
import { AGGREGATES } from '../sql/function-kinds';

export function needsTables(q: Query): boolean {
  if (q.with.length > 0 || q.offset || q.fetch || q.for) return true;
  const b = q.body;
  if (b.kind !== 'querySpec') return true;
  if (b.from.length > 0 || b.groupBy.length > 0 || b.having || b.distinct || b.into) return true;
  return b.items.some(itemNeedsTables);
}

function itemNeedsTables(i: SelectItem): boolean {
  if (i.kind === 'star') return true;
  return hasAggregate(i.expr);
}

function hasAggregate(e: Expr): boolean {
  switch (e.kind) {
    case 'call': return (AGGREGATES.has(e.name.name.toUpperCase()) && !e.name.schema) || e.over !== undefined || e.args.some(hasAggregate);
    case 'binary': case 'compare': case 'logical': return hasAggregate(e.left) || hasAggregate(e.right);
    case 'unary': case 'not': case 'isNull': case 'cast': case 'convert': case 'collate': return hasAggregate(e.operand);
    case 'case': return e.whens.some((w) => hasAggregate(w.when) || hasAggregate(w.then)) || (e.else ? hasAggregate(e.else) : false);
    default: return false;
  }
}
