// 8120: in a grouped query every column of this query level used in the select list or HAVING
// must be inside an aggregate or be (part of) a GROUP BY expression. SQLite would silently pick
// a value from the group; SQL Server refuses the query.
import { sqlError } from '../../errors/catalog';
import { printExpr } from '../../tsql';
import type { Expr, QuerySpec } from '../../tsql/ast';
import { AGGREGATES } from './function-kinds';
import type { NameScope } from './name-scope';

export function checkGrouping(spec: QuerySpec, names: NameScope): void {
  const grouped = new Set(spec.groupBy.map((g) => printExpr(g).toLowerCase()));
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      x.forEach(visit);
      return;
    }
    const node = x as { kind?: unknown };
    if (node.kind === 'query') return;
    if (typeof node.kind === 'string' && 'line' in node && isExpr(node.kind)) {
      const e = node as Expr;
      if (grouped.has(printExpr(e).toLowerCase())) return;
      if (e.kind === 'call' && !e.over && !e.name.schema && AGGREGATES.has(e.name.name.toUpperCase())) return;
      if (e.kind === 'column') {
        const source = e.qualifier.length > 0
          ? names.findSource(e.qualifier)
          : names.sources.find((s) => s.columns.some((c) => c.name.toLowerCase() === e.name.toLowerCase()));
        if (source) throw sqlError(8120, source.qualified ?? source.exposed, source.columns.find((c) => c.name.toLowerCase() === e.name.toLowerCase())?.name ?? e.name);
        return;
      }
    }
    for (const v of Object.values(x)) visit(v);
  };
  for (const item of spec.items) {
    if (item.kind === 'expr') visit(item.expr);
  }
  if (spec.having) visit(spec.having);
}

const EXPR_KINDS = new Set([
  'literal', 'null', 'default', 'variable', 'global', 'column', 'pseudoColumn', 'datePart', 'unary', 'binary', 'compare',
  'logical', 'not', 'isNull', 'between', 'inList', 'inSubquery', 'like', 'exists', 'quantified', 'subquery', 'case', 'cast',
  'convert', 'call', 'niladic', 'nextValueFor', 'collate',
]);

function isExpr(kind: string): boolean {
  return EXPR_KINDS.has(kind);
}
