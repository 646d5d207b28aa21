// Query (WITH ... body ORDER BY ... OFFSET/FETCH) -> one SQLite SELECT whose columns are named
// `outNames` (default __c0, __c1 ...), with their SQL Server types.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { quoteIdent } from '../../store/sqlite-names';
import type { CommonTableExpr, Query, QueryExpr, TableSource } from '../../tsql/ast';
import { higherType } from '../../types/precedence';
import type { SqlType } from '../../types/sql-type';
import { wrapFor } from './for-clause';
import { isJsonFragment } from '../functions/json-values';
import { coerce } from './coerce';
import { NameScope } from './name-scope';
import { keyOf, needsEqualityKey, orderTerm } from './order-terms';
import { translateSpec, type QueryTail } from './translate-spec';
import { tx } from './translate-expr';
import type { TxContext } from './tx-context';
import type { TExpr } from './texpr';

export interface OutputColumn {
  /** the T-SQL column name ('' when unnamed) */
  readonly name: string;
  /** its name in the SQLite SELECT */
  readonly outName: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly identity?: boolean;
  /** SELECT INTO gives the new column this IDENTITY property */
  readonly identitySpec?: { readonly seed: bigint; readonly increment: bigint };
  /** the select item is a bare NULL: a set operation takes the other member's type */
  readonly nullConstant?: boolean;
}

export interface TranslatedQuery {
  readonly sql: string;
  readonly columns: readonly OutputColumn[];
  /** at most one row (aggregate without GROUP BY): scalar subqueries need no 512 check */
  readonly singleRow?: boolean;
  /** a plain SELECT (no ORDER BY/LIMIT/compound): may be a member of a compound SELECT as is */
  readonly simple?: boolean;
}

/** `c.names` is the fresh scope of this query level (CTEs are bound there). */
export function translateQuery(q: Query, c: TxContext, outNames?: readonly string[]): TranslatedQuery {
  const withSql = translateWith(q.with, c);
  const tail: QueryTail = { orderBy: q.orderBy, ...(q.offset ? { offset: q.offset } : {}), ...(q.fetch ? { fetch: q.fetch } : {}) };
  const body = translateBody(q.body, c, tail, q.for ? undefined : outNames);
  if (q.for) {
    const wrapped = wrapFor(body, q.for, outNames?.[0] ?? '__c0', jsonTextColumns(q.body));
    return { ...wrapped, sql: `${withSql}${wrapped.sql}`, simple: false };
  }
  return { ...body, sql: `${withSql}${body.sql}`, simple: body.simple === true && withSql === '' };
}

/** which select-list columns are JSON text (a JSON_QUERY / JSON_OBJECT ... call); none past a `*` */
function jsonTextColumns(body: QueryExpr): boolean[] {
  if (body.kind !== 'querySpec' || body.items.some((i) => i.kind === 'star')) return [];
  return body.items.map((i) => i.kind === 'expr' && isJsonFragment(i.expr));
}

/** `WITH RECURSIVE a(...) AS (...), ... ` binding each CTE in c.names, or '' */
export function translateWith(ctes: readonly CommonTableExpr[], c: TxContext): string {
  return ctes.length > 0 ? `WITH RECURSIVE ${ctes.map((cte) => translateCte(cte, c)).join(', ')} ` : '';
}

function translateBody(body: QueryExpr, c: TxContext, tail: QueryTail, outNames?: readonly string[]): TranslatedQuery {
  switch (body.kind) {
    case 'querySpec': return translateSpec(body, { ...c, names: new NameScope(c.names) }, tail, outNames);
    case 'query': {
      const inner = translateQuery(body, { ...c, names: new NameScope(c.names) }, outNames);
      return applyTail(inner, c, tail);
    }
    case 'setOperation': return applyTail(translateSetOperation(body, c, outNames), c, tail);
    default: {
      const never: never = body;
      throw new Error(`unknown query body ${String(never)}`);
    }
  }
}

/** ORDER BY / OFFSET over a compound result: terms name output columns (or are ordinals). */
function applyTail(q: TranslatedQuery, c: TxContext, tail: QueryTail): TranslatedQuery {
  if (tail.orderBy.length === 0 && !tail.offset && !tail.fetch) return q;
  const outputs = new Map<string, TExpr>();
  q.columns.forEach((col) => {
    if (col.name !== '' && !outputs.has(col.name.toLowerCase())) {
      outputs.set(col.name.toLowerCase(), { sql: quoteIdent(col.outName), type: col.type, nullable: col.nullable });
    }
  });
  const terms = tail.orderBy.map((o) => {
    if (o.expr.kind === 'literal' && o.expr.form === 'integer') {
      const col = q.columns[Number(o.expr.text) - 1];
      if (!col) throw sqlError(108, Number(o.expr.text));
      return orderTerm({ sql: quoteIdent(col.outName), type: col.type, nullable: true }, o.desc);
    }
    if (o.expr.kind === 'column') {
      const hit = outputs.get(o.expr.name.toLowerCase());
      if (hit) return orderTerm(hit, o.desc);
    }
    throw sqlError(104);
  });
  const order = terms.length > 0 ? ` ORDER BY ${terms.join(', ')}` : '';
  return { ...q, sql: `SELECT * FROM (${q.sql})${order}${limitSql(tail, c)}`, simple: false };
}

export function limitSql(tail: QueryTail, c: TxContext): string {
  if (!tail.offset && !tail.fetch) return '';
  const names = new NameScope();
  const ctx = { ...c, names };
  const fetch = tail.fetch ? constantSql(tail.fetch, ctx) : '-1';
  const offset = tail.offset ? constantSql(tail.offset, ctx) : '0';
  return ` LIMIT ${fetch} OFFSET ${offset}`;
}

function constantSql(e: Parameters<typeof tx>[0], c: TxContext): string {
  return tx(e, c).sql;
}

function translateSetOperation(op: Extract<QueryExpr, { kind: 'setOperation' }>, c: TxContext, outNames?: readonly string[]): TranslatedQuery {
  const left = translateBody(op.left, c, { orderBy: [] }, outNames);
  const names = left.columns.map((col) => col.outName);
  const right = translateBody(op.right, c, { orderBy: [] }, names);
  if (left.columns.length !== right.columns.length) throw sqlError(205);
  const columns = left.columns.map((l, i) => {
    const r = right.columns[i]!;
    const type = l.nullConstant ? r.type : r.nullConstant ? l.type : higherType(l.type, r.type);
    return { name: l.name, outName: l.outName, type, nullable: l.nullable || r.nullable, ...(l.nullConstant && r.nullConstant ? { nullConstant: true } : {}) };
  });
  const side = (q: TranslatedQuery): string => {
    const needsCast = q.columns.some((col, i) => JSON.stringify(col.type) !== JSON.stringify(columns[i]!.type));
    if (!needsCast) return q.simple ? q.sql : `SELECT * FROM (${q.sql})`;
    const items = q.columns.map((col, i) => {
      const e: TExpr = { sql: quoteIdent(col.outName), type: col.type, nullable: col.nullable };
      return `${coerce(e, columns[i]!.type, c.params).sql} AS ${quoteIdent(col.outName)}`;
    });
    return `SELECT ${items.join(', ')} FROM (${q.sql})`;
  };
  const kw = { union: 'UNION', unionAll: 'UNION ALL', except: 'EXCEPT', intersect: 'INTERSECT' }[op.op];
  if (op.op !== 'unionAll' && columns.some((col) => needsEqualityKey(col.type))) {
    // UNION/EXCEPT/INTERSECT compare rows under CI_AS ('a' and 'A ' are one row) and the sql_variant
    // rules (int 1 and decimal 1.0 are one row); SQLite's would not.
    const keys = (alias: string): string[] => columns.map((col) => keyOf({ sql: `${alias}.${quoteIdent(col.outName)}`, type: col.type, nullable: true }));
    const lk = keys('l');
    if (op.op === 'union') return { sql: `SELECT * FROM (${side(left)} UNION ALL ${side(right)}) AS l GROUP BY ${lk.join(', ')}`, columns, simple: false };
    const rk = keys('r');
    const same = lk.map((k, i) => `${k} IS ${rk[i]!}`).join(' AND ');
    const exists = `EXISTS (SELECT 1 FROM (${side(right)}) AS r WHERE ${same})`;
    const where = op.op === 'except' ? `NOT ${exists}` : exists;
    return { sql: `SELECT * FROM (${side(left)}) AS l WHERE ${where} GROUP BY ${lk.join(', ')}`, columns, simple: false };
  }
  return { sql: `${side(left)} ${kw} ${side(right)}`, columns, simple: false };
}

function translateCte(cte: CommonTableExpr, c: TxContext): string {
  assertNestedOrderBy(cte.query);
  const recursive = referencesName(cte.query, cte.name);
  let anchorNames: readonly string[] | undefined = cte.columns.length > 0 ? cte.columns : undefined;
  if (recursive) {
    const anchor = anchorOf(cte.query.body);
    const a = translateBody(anchor, { ...c, names: new NameScope(c.names) }, { orderBy: [] }, anchorNames);
    anchorNames ??= a.columns.map((col) => col.name);
    checkNames(anchorNames, cte.name);
    c.names.addCte({ name: cte.name, columns: a.columns.map((col, i) => ({ name: anchorNames![i]!, type: col.type, nullable: true })) });
  }
  const q = translateQuery(cte.query, { ...c, names: new NameScope(c.names) }, anchorNames);
  const names = anchorNames ?? q.columns.map((col) => col.name);
  checkNames(names, cte.name);
  if (names.length !== q.columns.length) throw sqlError(8158, cte.name);
  const renamed = q.columns.map((col, i) => ({ name: names[i]!, type: col.type, nullable: col.nullable }));
  if (!recursive) c.names.addCte({ name: cte.name, columns: renamed });
  const select = anchorNames ? q.sql : `SELECT ${q.columns.map((col, i) => `${quoteIdent(col.outName)} AS ${quoteIdent(names[i]!)}`).join(', ')} FROM (${q.sql})`;
  return `${quoteIdent(cte.name)}(${names.map(quoteIdent).join(', ')}) AS (${select})`;
}

/** 1033: ORDER BY in a derived table, subquery, CTE or view needs TOP, OFFSET or FOR XML */
export function assertNestedOrderBy(q: Query): void {
  if (q.orderBy.length === 0 || q.offset || q.for) return;
  if (q.body.kind === 'querySpec' && q.body.top) return;
  throw sqlError(1033);
}

export function checkNames(names: readonly string[], object: string): void {
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (n === '') throw sqlErrorWithState(8155, 2, i + 1, object);
    if (seen.has(n.toLowerCase())) throw sqlError(8156, n, object);
    seen.add(n.toLowerCase());
  });
}

function anchorOf(body: QueryExpr): QueryExpr {
  if (body.kind === 'setOperation') return anchorOf(body.left);
  if (body.kind === 'query') return anchorOf(body.body);
  return body;
}

function referencesName(q: Query, name: string): boolean {
  const n = name.toLowerCase();
  const inSource = (s: TableSource): boolean => {
    switch (s.kind) {
      case 'table': return !s.name.schema && !s.name.database && s.name.name.toLowerCase() === n;
      case 'join': return inSource(s.left) || inSource(s.right);
      case 'derived': return referencesName(s.query, name);
      default: return false;
    }
  };
  const inBody = (b: QueryExpr): boolean => {
    if (b.kind === 'querySpec') return b.from.some(inSource);
    if (b.kind === 'query') return inBody(b.body);
    return inBody(b.left) || inBody(b.right);
  };
  return inBody(q.body);
}
