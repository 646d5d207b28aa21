// MERGE target USING source ON cond WHEN [NOT] MATCHED [BY TARGET|SOURCE] [AND cond] THEN
// UPDATE/DELETE/INSERT [OUTPUT ...]. One SQLite SELECT joins the source (wrapped to carry a
// presence marker) to the target (LEFT JOIN, FULL JOIN when a BY SOURCE clause exists) and
// computes every clause's condition and values per row; the actions then run row by row through
// the INSERT/UPDATE/DELETE pipelines. A target row matched twice is 8672, as in SQL Server.
import { sqlError } from '../../errors/catalog';
import { decodeValue } from '../../store/storage-types';
import { quoteIdent } from '../../store/sqlite-names';
import type { ColumnRef, Expr, MergeStatement, MergeWhen, Query, TableSource } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import type { Scope } from '../interpreter/scope';
import { applyComputed, isComputed, toColumn } from '../query/column-values';
import { checkConstraints, checkForeignKeys, checkNotNull, checkReferences } from '../query/constraints';
import { dmlContext, resolveTarget, runDml } from '../query/dml-common';
import { DEFAULT_CELL, insertRows } from '../query/insert-rows';
import { OutputCollector } from '../query/output-clause';
import { deleteRow, updateRow } from '../query/table-rows';
import { columnExpr, type BoundSource } from '../sql/name-scope';
import { bindSlots } from '../sql/params';
import { withRuntimeScope } from '../sql/runtime-context';
import { checkReads } from '../sql/permissions';
import { translateFrom } from '../sql/translate-from';
import { tx } from '../sql/translate-expr';
import { translatePredicate } from '../sql/translate-predicate';
import { translateWith } from '../sql/translate-query';
import type { TExpr } from '../sql/texpr';

const MARK = '__msxd_src';

export async function executeMerge(stmt: MergeStatement, scope: Scope): Promise<void> {
  const c = dmlContext(scope);
  const target = resolveTarget(stmt.target, c, 'UPDATE');
  const table = target.table;
  const exposed = stmt.targetAlias ?? target.exposed;
  const withSql = translateWith(stmt.with, c);
  const srcAlias = sourceAlias(stmt.source);
  const fromSql = translateFrom([wrapSource(stmt.source, srcAlias)], c);
  const src = c.names.sources[c.names.sources.length - 1]!;
  const tgt: BoundSource = {
    exposed, sqlAlias: c.names.nextAlias(), nullable: true, sqliteFrom: table.sqliteName,
    columns: table.columns.map((col) => ({ name: col.name, type: col.type, nullable: col.nullable })),
  };
  c.names.add(tgt);
  const bySource = stmt.whens.some((w) => w.when === 'notMatchedBySource');
  const on = translatePredicate(stmt.on, c);
  const exprs: TExpr[] = [];
  const add = (e: TExpr): number => exprs.push(e) - 1;
  const insertable = table.columns.flatMap((col, i) => (col.identity || isComputed(table, col.name) ? [] : [i]));
  const plans = stmt.whens.map((w) => planWhen(w, c, add, table.columns.map((x) => x.name), insertable));
  const srcCols = src.columns.filter((col) => col.name !== MARK);
  const list = [
    `${quoteIdent(tgt.sqlAlias)}.rowid AS __rowid`, `${quoteIdent(src.sqlAlias)}.${quoteIdent(MARK)} AS __src`,
    ...tgt.columns.map((col, i) => `${columnExpr(tgt, col).sql} AS __o${i}`),
    ...srcCols.map((col, i) => `${columnExpr(src, col).sql} AS __s${i}`),
    ...exprs.map((e, i) => `${e.sql} AS __x${i}`),
  ];
  const sql = `${withSql}SELECT ${list.join(', ')} FROM ${fromSql} ${bySource ? 'FULL' : 'LEFT'} JOIN ${table.sqliteName} AS ${quoteIdent(tgt.sqlAlias)} ON ${on}`;
  const output = new OutputCollector(stmt.output, table, scope, c);
  checkReads(scope, c.params.reads);
  await runDml(scope, 'other', (s) => {
    const raw = withRuntimeScope(scope, () => s.allBig<Record<string, unknown>>(sql, bindSlots(c.params.slots, scope)));
    const touched = new Set<string>();
    let n = 0;
    for (const r of raw) {
      const old = table.columns.map((col, i) => ({ type: col.type, value: decodeValue(col.type, r[`__o${i}`]) }));
      const srcVals = srcCols.map((col, i) => ({ type: col.type, value: decodeValue(col.type, r[`__s${i}`]) }));
      const x = (i: number): Typed => ({ type: exprs[i]!.type, value: decodeValue(exprs[i]!.type, r[`__x${i}`]) });
      const kind: MergeWhen['when'] = r.__rowid === null ? 'notMatchedByTarget' : r.__src === null ? 'notMatchedBySource' : 'matched';
      const plan = plans.find((p) => p.when.when === kind && (p.condition < 0 || Number(r[`__x${p.condition}`]) === 1));
      if (!plan) continue;
      const extra = (ref: ColumnRef): Typed | undefined => {
        if ((ref.qualifier[ref.qualifier.length - 1] ?? '').toLowerCase() !== srcAlias.toLowerCase()) return undefined;
        const i = srcCols.findIndex((col) => col.name.toLowerCase() === ref.name.toLowerCase());
        return i < 0 ? undefined : srcVals[i];
      };
      const action = plan.when.action;
      if (action.kind === 'insert') {
        const cells = plan.values.map((i) => (i < 0 ? DEFAULT_CELL : x(i)));
        insertRows(scope, s, table, plan.columns, [cells], undefined, 'MERGE');
        const inserted = rowAfterInsert(s, table);
        output.add({ inserted, deleted: null, action: 'INSERT', extra });
        n++;
        continue;
      }
      const key = String(r.__rowid);
      if (touched.has(key)) throw sqlError(8672);
      touched.add(key);
      if (action.kind === 'delete') {
        checkReferences(s, table, old, 'DELETE');
        deleteRow(s, table, r.__rowid);
        output.add({ inserted: null, deleted: old, action: 'DELETE', extra });
      } else {
        const row = [...old];
        plan.columns.forEach((col, i) => { row[col] = toColumn(x(plan.values[i]!), table.columns[col]!, table, scope); });
        applyComputed(table, row, scope);
        checkNotNull(table, row, 'MERGE');
        checkConstraints(table, row, 'MERGE', scope);
        const changed = new Set(plan.columns.map((i) => table.columns[i]!.name.toLowerCase()));
        checkForeignKeys(s, table, row, 'MERGE', changed);
        checkReferences(s, table, old, 'UPDATE', changed);
        updateRow(s, table, r.__rowid, row, row.map((_, i) => i));
        output.add({ inserted: row, deleted: old, action: 'UPDATE', extra });
      }
      n++;
    }
    output.writeInto(s);
    return n;
  }, () => output.emit(), stmt.line);
}

interface WhenPlan {
  readonly when: MergeWhen;
  /** index of the condition flag among the computed values, -1 when unconditional */
  readonly condition: number;
  readonly columns: number[];
  /** indices of the computed values (-1 = DEFAULT) */
  readonly values: number[];
}

function planWhen(w: MergeWhen, c: Parameters<typeof tx>[1], add: (e: TExpr) => number, names: readonly string[], insertable: readonly number[]): WhenPlan {
  const condition = w.condition ? add({ sql: `(CASE WHEN ${translatePredicate(w.condition, c)} THEN 1 ELSE 0 END)`, type: { kind: 'int' }, nullable: false }) : -1;
  const col = (n: string): number => {
    const i = names.findIndex((x) => x.toLowerCase() === n.toLowerCase());
    if (i < 0) throw sqlError(207, n);
    return i;
  };
  const a = w.action;
  switch (a.kind) {
    case 'delete': return { when: w, condition, columns: [], values: [] };
    case 'update': {
      const columns = a.set.map((item) => {
        if (item.kind === 'variable') throw sqlError(50000, 'msxd: SET @variable in MERGE is not supported');
        return col(item.column.name);
      });
      const values = a.set.map((item) => add(tx(item.op === '=' ? item.value : compound(item), c)));
      return { when: w, condition, columns, values };
    }
    case 'insert': {
      const columns = a.columns.length > 0 ? a.columns.map(col) : [...insertable];
      const values = (a.values ?? []).map((e) => (e.kind === 'default' ? -1 : add(tx(e, c))));
      if (a.values && values.length !== columns.length) throw sqlError(a.columns.length > 0 ? (values.length < columns.length ? 109 : 110) : 213);
      return { when: w, condition, columns: a.values ? columns : [], values: a.values ? values : [] };
    }
    default: {
      const never: never = a;
      throw new Error(`unknown MERGE action ${String(never)}`);
    }
  }
}

function compound(item: Extract<MergeWhen['action'], { kind: 'update' }>['set'][number]): Expr {
  const op = item.op.slice(0, 1) as '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^';
  const left: Expr = item.kind === 'column' || item.kind === 'variableColumn' ? item.column : { kind: 'variable', line: item.value.line, name: item.variable };
  return { kind: 'binary', line: item.value.line, op, left, right: item.value };
}

function sourceAlias(s: TableSource): string {
  switch (s.kind) {
    case 'table': return s.alias ?? s.name.name;
    case 'tableVariable': return s.alias ?? s.name;
    case 'derived': case 'values': return s.alias;
    case 'tableFunction': return s.alias ?? s.name.name;
    case 'join': return '__msxd_join';
    default: {
      const never: never = s;
      throw new Error(`unknown source ${String(never)}`);
    }
  }
}

/** (SELECT *, 1 AS __msxd_src FROM source) AS alias: tells matched rows from target-only rows */
function wrapSource(s: TableSource, alias: string): TableSource {
  const query: Query = {
    kind: 'query', line: s.line, with: [], orderBy: [], hints: [],
    body: {
      kind: 'querySpec', line: s.line, distinct: false, groupBy: [], from: [s],
      items: [{ kind: 'star', line: s.line, qualifier: [] },
        { kind: 'expr', line: s.line, expr: { kind: 'literal', line: s.line, form: 'integer', text: '1', unicode: false }, alias: MARK }],
    },
  };
  return { kind: 'derived', line: s.line, query, alias, columns: [] };
}

/** the row insertRows just wrote, read back for OUTPUT inserted.* (identity, defaults) */
function rowAfterInsert(s: Parameters<typeof deleteRow>[0], table: Parameters<typeof deleteRow>[1]): Typed[] {
  const r = s.allBig<Record<string, unknown>>(`SELECT * FROM ${table.sqliteName} WHERE rowid = last_insert_rowid()`)[0] ?? {};
  return table.columns.map((col) => ({ type: col.type, value: decodeValue(col.type, r[col.name]) }));
}
