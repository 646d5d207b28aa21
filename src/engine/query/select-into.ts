// SELECT ... INTO new_table: the query runs through the translator, the table is created with its
// result columns (names, types, nullability) by the DDL engineer's table writers (#temp tables in
// the session's temp schema, others in the catalogue), then the rows go in through the INSERT
// pipeline. DONE reports the rows inserted.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { ObjectName, Query } from '../../tsql/ast';
import { qualify } from '../ddl/object-names';
import { nowTicks } from '../ddl/now-ticks';
import { writeDdl } from '../ddl/storage-of';
import type { TablePlan } from '../ddl/table-plan';
import { createCatalogTable } from '../ddl/table-writer';
import { createTempTable } from '../ddl/temp-tables';
import type { Scope } from '../interpreter/scope';
import { invalidateTranslations } from '../sql/translation-cache';
import { dmlContext, resolveTarget, runDml } from './dml-common';
import { insertRows } from './insert-rows';
import { runSqlQuery } from './sql-query';
import type { Typed } from '../../types/typed-value';

export async function executeSelectInto(query: Query, into: ObjectName, scope: Scope): Promise<void> {
  if (query.body.kind !== 'querySpec') throw sqlError(50000, 'msxd: SELECT INTO needs a simple query');
  const { into: _into, ...spec } = query.body;
  const result = runSqlQuery({ ...query, body: spec }, scope);
  result.columns.forEach((c, i) => {
    if (c.name === '') throw sqlErrorWithState(8155, 2, i + 1, into.name);
  });
  const q = qualify(scope, into);
  const identityAt = result.columns.findIndex((c) => c.identitySpec);
  const plan: TablePlan = {
    columns: result.columns.map((c, i) => ({
      name: c.name, type: c.type, nullable: i === identityAt ? false : c.nullable, explicitNull: false,
      ...(i === identityAt && c.identitySpec ? { identity: copiedIdentity(c.identitySpec, result.rows.map((r) => r[i]!), q.temp === 'local') } : {}),
    })),
    constraints: [],
    indexes: [],
  };
  if (q.temp === 'local') createTempTable(scope, q.name, plan);
  else await writeDdl(scope, [q.database], (s) => createCatalogTable(s, q.database, q.schema, q.name, plan, nowTicks(scope)));
  // a #temp table lives in this connection's temp schema: its creation (execLocal) moves only this
  // session's local generation, so other sessions' translations stay valid
  if (q.temp !== 'local') invalidateTranslations();
  const c = dmlContext(scope);
  const target = resolveTarget({ kind: 'table', name: into, hints: [] }, c, 'INSERT');
  const all = target.table.columns.map((_, i) => i);
  await runDml(scope, 'select', (s) => insertRows(scope, s, target.table, all, result.rows, undefined, 'INSERT', identityAt >= 0));
}

/**
 * The copied IDENTITY: the source's seed and increment. A #temp table's counter lives in its
 * WritableTable and cannot be moved by the explicit values copied, so its seed starts after them.
 */
function copiedIdentity(spec: { seed: bigint; increment: bigint }, values: readonly Typed[], local: boolean): { seed: bigint; increment: bigint } {
  if (!local) return spec;
  const ids = values.flatMap((v) => (v.value === null ? [] : [BigInt(v.value as number | bigint)]));
  if (ids.length === 0) return spec;
  const last = ids.reduce((a, b) => (spec.increment > 0n ? (b > a ? b : a) : (b < a ? b : a)));
  return { seed: last + spec.increment, increment: spec.increment };
}
