// INSERT [TOP (n)] INTO target [(columns)] [OUTPUT ...] VALUES (...), (...) | query | EXEC ... |
// DEFAULT VALUES. The source rows are computed first (VALUES by the interpreter, a query by the
// translator, EXEC through a capturing sink), then written row by row (query/insert-rows.ts).
import { sqlError } from '../../errors/catalog';
import type { InsertStatement, Query } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { isComputed } from '../query/column-values';
import { dmlContext, resolveTarget, runDml } from '../query/dml-common';
import { captureExec } from '../query/exec-capture';
import { DEFAULT_CELL, insertRows } from '../query/insert-rows';
import { OutputCollector } from '../query/output-clause';
import { runSqlQuery } from '../query/sql-query';
import { viewTarget } from '../query/view-target';
import { materializeFunctions } from '../query/table-functions';
import type { WritableTable } from '../sql/source-types';

export async function executeInsert(stmt: InsertStatement, scope: Scope): Promise<void> {
  const c = dmlContext(scope);
  const view = viewTarget(stmt.target, c);
  const target = resolveTarget(view ? view.base : stmt.target, c, 'INSERT');
  const table = target.table;
  const targets = targetColumns(stmt, table);
  let rows = await sourceRows(stmt, scope, targets.length);
  if (stmt.top) {
    const n = evaluate(stmt.top.count, { scope }).value;
    const limit = stmt.top.percent ? Math.ceil((rows.length * Number(n)) / 100) : Number(n);
    rows = rows.slice(0, Math.max(0, limit));
  }
  const rowCount = scope.session.options.rowCountLimit;
  if (rowCount > 0 && rows.length > rowCount) rows = rows.slice(0, rowCount);
  const output = new OutputCollector(stmt.output, table, scope, c);
  await runDml(scope, 'insert', (s) => {
    const n = insertRows(scope, s, table, targets, rows, output, 'INSERT');
    output.writeInto(s);
    return n;
  }, () => output.emit(), stmt.line);
}

function targetColumns(stmt: InsertStatement, table: WritableTable): number[] {
  if (stmt.columns.length === 0) {
    return table.columns.flatMap((c, i) => (c.identity || isComputed(table, c.name) ? [] : [i]));
  }
  const seen = new Set<number>();
  return stmt.columns.map((name) => {
    const i = table.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
    if (i < 0) throw sqlError(207, name);
    if (seen.has(i)) throw sqlError(264, name);
    if (isComputed(table, name)) throw sqlError(271, table.columns[i]!.name);
    seen.add(i);
    return i;
  });
}

async function sourceRows(stmt: InsertStatement, scope: Scope, width: number): Promise<(readonly Typed[])[]> {
  const src = stmt.source;
  const explicit = stmt.columns.length > 0;
  switch (src.kind) {
    case 'values':
      return src.rows.map((r) => {
        if (r.length !== width) throw explicit ? sqlError(r.length < width ? 109 : 110) : sqlError(213);
        return r.map((e) => (e.kind === 'default' ? DEFAULT_CELL : evaluate(e, { scope })));
      });
    case 'query': {
      const q: Query = stmt.with.length > 0 ? { ...src.query, with: [...stmt.with, ...src.query.with] } : src.query;
      const functions = await materializeFunctions(q, scope);
      let r;
      try {
        r = runSqlQuery(q, scope, Infinity, functions.tables);
      } finally {
        functions.release();
      }
      if (r.columns.length !== width) throw explicit ? sqlError(r.columns.length < width ? 120 : 121) : sqlError(213);
      return [...r.rows];
    }
    case 'exec': {
      const sets = await captureExec(src.exec, scope);
      const rows: (readonly Typed[])[] = [];
      for (const set of sets) {
        if (set.columns.length !== width) throw sqlError(213);
        for (const r of set.rows) rows.push(r.map((v, i) => ({ type: set.columns[i]!.type, value: v })));
      }
      return rows;
    }
    case 'defaultValues':
      return [Array.from({ length: width }, () => DEFAULT_CELL)];
    default: {
      const never: never = src;
      throw new Error(`unknown insert source ${String(never)}`);
    }
  }
}
