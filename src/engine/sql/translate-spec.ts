// One SELECT ... FROM ... WHERE ... GROUP BY ... HAVING (+ the ORDER BY / TOP / OFFSET of its
// query) -> SQLite. TOP n PERCENT and WITH TIES use window functions over the ORDER BY.
import { sqlError } from '../../errors/catalog';
import { quoteIdent } from '../../store/sqlite-names';
import type { Expr, OrderItem, QuerySpec } from '../../tsql/ast';
import { printExpr } from '../../tsql';
import { checkGrouping } from './grouping-check';
import { columnExpr } from './name-scope';
import { keyOf, needsEqualityKey, orderTerm } from './order-terms';
import { translateFrom } from './translate-from';
import { tx } from './translate-expr';
import { translatePredicate } from './translate-predicate';
import { limitSql, type OutputColumn, type TranslatedQuery } from './translate-query';
import type { TxContext } from './tx-context';
import { isNullConstant, type TExpr } from './texpr';

export interface QueryTail {
  readonly orderBy: readonly OrderItem[];
  readonly offset?: Expr;
  readonly fetch?: Expr;
}

interface Item {
  readonly name: string;
  readonly expr: TExpr;
  readonly identity?: boolean;
}

export function translateSpec(spec: QuerySpec, outer: TxContext, tail: QueryTail, outNames?: readonly string[]): TranslatedQuery {
  const fromText = spec.from.length > 0 ? translateFrom(spec.from, outer) : undefined;
  const from = fromText ? ` FROM ${fromText}` : '';
  const c: TxContext = { ...outer, fromSql: fromText };
  const plain: TxContext = { ...c, allowAggregates: false };
  const where = spec.where ? ` WHERE ${translatePredicate(spec.where, plain)}` : '';
  const items = selectItems(spec, { ...c, allowAggregates: true });
  const out = (i: number): string => outNames?.[i] ?? `__c${i}`;
  const groupKeys = spec.groupBy.map((g) => {
    const t = tx(g, plain);
    return keyOf(t);
  });
  const having = spec.having ? ` HAVING ${translatePredicate(spec.having, { ...c, allowAggregates: true })}` : '';
  const aggregated = groupKeys.length > 0 || items.some((i) => i.expr.aggregate) || having !== '';
  if (aggregated) checkGrouping(spec, c.names);
  let distinct = spec.distinct ? 'DISTINCT ' : '';
  if (spec.distinct && !aggregated && items.some((i) => needsEqualityKey(i.expr.type))) {
    // DISTINCT under CI_AS and sql_variant rules: group on the keys instead (SQLite's DISTINCT is binary).
    distinct = '';
    groupKeys.push(...items.map((i) => keyOf(i.expr)));
  }
  const group = groupKeys.length > 0 ? ` GROUP BY ${groupKeys.join(', ')}` : '';
  const aliases = new Map<string, TExpr>();
  items.forEach((i) => {
    if (i.name !== '' && !aliases.has(i.name.toLowerCase())) aliases.set(i.name.toLowerCase(), i.expr);
  });
  const orderCtx: TxContext = { ...c, allowAggregates: true, aliases };
  if (spec.distinct) checkDistinctOrder(spec, tail, items);
  const orderTerms = tail.orderBy.map((o) => orderTerm(orderExpr(o.expr, items, orderCtx), o.desc));
  // SELECT INTO copies IDENTITY from a column selected once from a single table, without grouping.
  const copies = spec.from.length === 1 && spec.from[0]!.kind === 'table' && !aggregated
    && items.filter((i) => i.identity).length === 1;
  const columns: OutputColumn[] = items.map((i, n) => ({
    name: i.name, outName: out(n), type: i.expr.type, nullable: i.expr.nullable, ...(i.identity ? { identity: true } : {}),
    ...(isNullConstant(i.expr) ? { nullConstant: true } : {}),
    ...(copies && i.identity && i.expr.identitySpec ? { identitySpec: i.expr.identitySpec } : {}),
  }));
  const list = items.map((i, n) => `${i.expr.sql} AS ${quoteIdent(out(n))}`).join(', ');
  const body = `${from}${where}${group}${having}`;
  const order = orderTerms.length > 0 ? ` ORDER BY ${orderTerms.join(', ')}` : '';
  const singleRow = aggregated && groupKeys.length === 0;
  if (spec.top && (spec.top.percent || spec.top.withTies)) {
    return { sql: topWindow(spec, c, list, body, orderTerms, columns), columns, singleRow };
  }
  const top = spec.top ? ` LIMIT ${tx(spec.top.count, { ...c, allowAggregates: false }).sql}` : '';
  if (top && (tail.offset || tail.fetch)) throw sqlError(10741);
  const limit = top || limitSql(tail, c);
  const sql = `SELECT ${distinct}${list}${body}${order}${limit}`;
  return { sql, columns, singleRow, simple: order === '' && limit === '' };
}

/** 145: with DISTINCT, ORDER BY may only name what the select list outputs */
function checkDistinctOrder(spec: QuerySpec, tail: QueryTail, items: readonly Item[]): void {
  const printed = new Set(spec.items.flatMap((i) => (i.kind === 'expr' ? [printExpr(i.expr).toLowerCase()] : [])));
  for (const o of tail.orderBy) {
    const e = o.expr;
    if (e.kind === 'literal' && e.form === 'integer') continue;
    if (e.kind === 'column' && items.some((i) => i.name.toLowerCase() === e.name.toLowerCase())) continue;
    if (printed.has(printExpr(e).toLowerCase())) continue;
    throw sqlError(145);
  }
}

function orderExpr(e: Expr, items: readonly Item[], c: TxContext): TExpr {
  if (e.kind === 'literal' && e.form === 'integer') {
    const item = items[Number(e.text) - 1];
    if (!item) throw sqlError(108, Number(e.text));
    return item.expr;
  }
  return tx(e, c);
}

function topWindow(spec: QuerySpec, c: TxContext, list: string, body: string, orderTerms: readonly string[], columns: readonly OutputColumn[]): string {
  const top = spec.top!;
  if (top.withTies && orderTerms.length === 0) throw sqlError(1062);
  const over = orderTerms.length > 0 ? `ORDER BY ${orderTerms.join(', ')}` : '';
  const n = tx(top.count, { ...c, allowAggregates: false }).sql;
  const outs = columns.map((col) => quoteIdent(col.outName)).join(', ');
  if (top.percent) {
    const cut = `(__n * ${n} / 100.0)`;
    const filter = top.withTies
      ? `__rk <= (SELECT max(__rk2) FROM (SELECT rank() OVER (${over}) AS __rk2, row_number() OVER (${over}) AS __rn2 ${body}) WHERE __rn2 <= CAST(${cut} AS INTEGER) + (${cut} > CAST(${cut} AS INTEGER)))`
      : `__rn <= CAST(${cut} AS INTEGER) + (${cut} > CAST(${cut} AS INTEGER))`;
    return `SELECT ${outs} FROM (SELECT ${list}, row_number() OVER (${over}) AS __rn, rank() OVER (${over}) AS __rk, count(*) OVER () AS __n${body}) WHERE ${filter} ORDER BY __rn`;
  }
  return `SELECT ${outs} FROM (SELECT ${list}, rank() OVER (${over}) AS __rk, row_number() OVER (${over}) AS __rn${body}) WHERE __rk <= ${n} ORDER BY __rn`;
}

function selectItems(spec: QuerySpec, c: TxContext): Item[] {
  const items: Item[] = [];
  for (const item of spec.items) {
    switch (item.kind) {
      case 'star': {
        const sources = item.qualifier.length > 0 ? [c.names.findSource(item.qualifier)] : c.names.sources;
        if (item.qualifier.length > 0 && !sources[0]) throw sqlError(107, item.qualifier.join('.'));
        if (sources.length === 0) throw sqlError(263);
        for (const s of sources) {
          for (const col of s!.columns) items.push({ name: col.name, expr: columnExpr(s!, col), ...(col.identity ? { identity: true } : {}) });
        }
        break;
      }
      case 'expr': {
        const expr = tx(item.expr, c);
        const name = item.alias ?? (item.expr.kind === 'column' ? item.expr.name : '');
        items.push({ name, expr, ...(item.expr.kind === 'column' && expr.identity ? { identity: true } : {}) });
        break;
      }
      case 'assign':
        throw sqlError(141);
      default: {
        const never: never = item;
        throw new Error(`unknown select item ${String(never)}`);
      }
    }
  }
  return items;
}
