// INSERT/UPDATE/DELETE through a view: a view over one table whose select list is that table's
// columns under their own names (or *) is updatable by rewriting the statement onto the table, the
// view's WHERE added to the statement's. Other views stay refused (40517).
import type { DmlTarget, Expr } from '../../tsql/ast';
import { findObject } from '../ddl/catalog-rows';
import { parseCached } from '../parse';
import { storageOf } from '../sql/resolve-source';
import type { TxContext } from '../sql/tx-context';
import { cachedByCatalog } from './target-cache';

export interface ViewTarget {
  readonly base: DmlTarget;
  readonly where?: Expr;
  readonly exposed: string;
}

export function viewTarget(t: DmlTarget, c: TxContext): ViewTarget | undefined {
  if (t.kind !== 'table' || t.name.name.startsWith('#') || t.name.server) return undefined;
  return cachedByCatalog(c.scope, 'view', t.name, () => findViewTarget(t, c));
}

function findViewTarget(t: Extract<DmlTarget, { kind: 'table' }>, c: TxContext): ViewTarget | undefined {
  const s = storageOf(c);
  const database = t.name.database ?? c.database;
  if (!c.scope.engine.store.databaseExists(database)) return undefined;
  const obj = findObject(s, s.sqliteSchema(database), t.name.schema ?? 'dbo', t.name.name);
  if (!obj || obj.type !== 'V' || !obj.definition) return undefined;
  const stmt = parseCached(obj.definition, c.scope.engine).statements[0];
  if (stmt?.kind !== 'createView') return undefined;
  const q = stmt.query;
  const b = q.body;
  if (q.with.length > 0 || b.kind !== 'querySpec' || b.from.length !== 1 || b.distinct || b.top || b.groupBy.length > 0 || b.having) return undefined;
  const from = b.from[0]!;
  if (from.kind !== 'table') return undefined;
  const plain = b.items.every((i) => i.kind === 'star'
    || (i.kind === 'expr' && i.expr.kind === 'column' && (i.alias === undefined || i.alias.toLowerCase() === i.expr.name.toLowerCase())));
  if (!plain || stmt.columns.length > 0) return undefined;
  const where = b.where ? unqualified(b.where) : undefined;
  return { base: { kind: 'table', name: { ...from.name, database: from.name.database ?? database }, hints: [] }, exposed: t.name.name, ...(where ? { where } : {}) };
}

/** the view's WHERE names its table by the table's name or alias: bind those columns by name alone */
function unqualified(e: Expr): Expr {
  return JSON.parse(JSON.stringify(e), (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { kind?: unknown }).kind === 'column') return { ...(v as object), qualifier: [] };
    return v;
  }) as Expr;
}

export function andWhere(a: Expr | undefined, b: Expr | undefined): Expr | undefined {
  if (!a) return b;
  if (!b) return a;
  return { kind: 'logical', line: b.line, op: 'and', left: a, right: b };
}
