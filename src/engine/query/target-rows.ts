// UPDATE and DELETE first select the affected rows in one translated SELECT: the target's rowid
// and current values plus whatever the statement computes per row (SET values), over the target
// alone or joined with its FROM clause (UPDATE t SET ... FROM t JOIN u ..., DELETE t FROM ...).
// A target row matched several times by a join is changed once (SQL Server picks one match).
import { decodeValue } from '../../store/storage-types';
import { quoteIdent } from '../../store/sqlite-names';
import type { CommonTableExpr, DmlTarget, Expr, TableSource, TopClause } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { columnExpr, type BoundSource } from '../sql/name-scope';
import { bindSlots, type Params } from '../sql/params';
import { withRuntimeScope } from '../sql/runtime-context';
import { checkReads } from '../sql/permissions';
import { precomputeUdfs } from '../sql/udf-sites';
import type { SessionStorage } from '../../store/api';
import { translateFrom } from '../sql/translate-from';
import { translatePredicate } from '../sql/translate-predicate';
import { translateWith } from '../sql/translate-query';
import type { TxContext } from '../sql/tx-context';
import type { TExpr } from '../sql/texpr';
import { cachedTranslation } from '../sql/translation-cache';
import type { Target } from './dml-common';

export interface TargetRow {
  readonly rowid: unknown;
  readonly old: Typed[];
  readonly computed: Typed[];
}

export interface TargetQuery {
  readonly with: readonly CommonTableExpr[];
  readonly target: DmlTarget;
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  readonly top?: TopClause;
}

/** binds the target (and FROM) in c.names; returns the bound target source and FROM text */
export function bindTarget(q: TargetQuery, target: Target, c: TxContext): { source: BoundSource; fromSql: string } {
  const exposed = target.exposed.toLowerCase();
  if (q.from.length > 0) {
    const fromSql = translateFrom(q.from, c);
    const hit = c.names.sources.find((s) => s.exposed.toLowerCase() === exposed && s.sqliteFrom === target.table.sqliteName)
      ?? c.names.sources.find((s) => s.sqliteFrom === target.table.sqliteName && (q.target.kind === 'tableVariable' || !q.target.name.schema || s.exposed.toLowerCase() === exposed));
    if (hit) return { source: hit, fromSql };
    const source = addTarget(target, c);
    return { source, fromSql: `${target.table.sqliteName} AS ${quoteIdent(source.sqlAlias)}, ${fromSql}` };
  }
  const source = addTarget(target, c);
  return { source, fromSql: `${target.table.sqliteName} AS ${quoteIdent(source.sqlAlias)}` };
}

function addTarget(target: Target, c: TxContext): BoundSource {
  const source: BoundSource = {
    exposed: target.exposed, sqlAlias: c.names.nextAlias(), nullable: false, sqliteFrom: target.table.sqliteName,
    columns: target.table.columns.map((col) => ({ name: col.name, type: col.type, nullable: col.nullable })),
  };
  c.names.add(source);
  return source;
}

export interface PreparedTargetRows {
  readonly sql: string;
  readonly computedTypes: readonly TExpr['type'][];
  /** the translation's parameters, reads and user-function sites */
  readonly params: Params;
  /** TOP (n) PERCENT: the share of the qualifying rows to change */
  readonly percent?: number;
}

/** `extras` are translated after FROM/WHERE binding (SET values, OUTPUT inputs) */
export function prepareTargetRows(q: TargetQuery, target: Target, c: TxContext, extras: (c: TxContext) => TExpr[]): PreparedTargetRows {
  const withSql = translateWith(q.with, c);
  const { source, fromSql } = bindTarget(q, target, c);
  const where = q.where ? ` WHERE ${translatePredicate(q.where, { ...c, fromSql })}` : '';
  const computed = extras({ ...c, fromSql });
  const oldCols = source.columns.map((col, i) => `${columnExpr(source, col).sql} AS ${quoteIdent(`__o${i}`)}`);
  const extraCols = computed.map((e, i) => `${e.sql} AS ${quoteIdent(`__x${i}`)}`);
  // TOP (n) and SET ROWCOUNT n both cap the rows a DML statement changes.
  const rowCount = c.scope.session.options.rowCountLimit;
  const topN = q.top ? Number(evaluate(q.top.count, { scope: c.scope }).value) : undefined;
  const percent = q.top?.percent ? topN : undefined;
  const caps = [...(topN !== undefined && percent === undefined ? [topN] : []), ...(rowCount > 0 ? [rowCount] : [])];
  const top = caps.length > 0 ? ` LIMIT ${Math.max(0, Math.min(...caps))}` : '';
  const list = [`${quoteIdent(source.sqlAlias)}.rowid AS __rowid`, ...oldCols, ...extraCols].join(', ');
  return {
    sql: `${withSql}SELECT ${list} FROM ${fromSql}${where}${top}`, computedTypes: computed.map((e) => e.type), params: c.params,
    ...(percent !== undefined ? { percent } : {}),
  };
}

/**
 * prepareTargetRows through the translation cache (keyed by `node`, the statement), as a SELECT's
 * text is: the same validation (catalogue, schemas, databases read, variable types, current
 * database). Only where the text depends on nothing else: a plain table target (no #temp table
 * or table variable), no TOP and no SET ROWCOUNT (their value is written into the text). The
 * caller passes no node for what it cannot reuse (a view target rewrites the statement, OUTPUT
 * translates into its own context).
 */
export function cachedTargetRows(node: object | undefined, q: TargetQuery, target: Target, c: TxContext,
  extras: (c: TxContext) => TExpr[]): PreparedTargetRows {
  if (node === undefined || q.top || c.scope.session.options.rowCountLimit > 0 || target.source.kind !== 'table') {
    return prepareTargetRows(q, target, c, extras);
  }
  return cachedTranslation(node, c.scope, () => {
    const value = prepareTargetRows(q, target, c, extras);
    const params = c.params;
    // The target may come from the session's target cache (target-cache.ts) without having named
    // its database here: the text must be revalidated (and attached) by it all the same.
    params.databases.add(target.table.database);
    return {
      value, cacheable: !params.volatile, sessionBound: params.sessionBound, schemas: params.schemas,
      databases: params.databases, views: params.views,
    };
  });
}

export function readTargetRows(s: SessionStorage, p: PreparedTargetRows, target: Target, scope: Scope): TargetRow[] {
  checkReads(scope, p.params.reads);
  const udfs = p.params.udfSites.length === 0 ? undefined : precomputeUdfs(p.params.udfSites, p.params.slots, scope);
  return withRuntimeScope(scope, () => {
    const raw = s.allBig<Record<string, unknown>>(p.sql, bindSlots(p.params.slots, scope));
    const seen = new Set<string>();
    const out: TargetRow[] = [];
    for (const r of raw) {
      const key = String(r.__rowid);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        rowid: r.__rowid,
        old: target.table.columns.map((col, i) => ({ type: col.type, value: decodeValue(col.type, r[`__o${i}`]) })),
        computed: p.computedTypes.map((t, i) => ({ type: t, value: decodeValue(t, r[`__x${i}`]) })),
      });
    }
    return p.percent === undefined ? out : out.slice(0, Math.ceil((out.length * p.percent) / 100));
  }, udfs);
}
