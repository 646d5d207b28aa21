// SELECT ... INTO new_table: the DML engine computes the result columns and calls this to create
// the table (catalogue, ##global or #temp), then inserts the rows and resolves the new table with
// its own resolver. Inside the caller's write lock this nests as a savepoint, so a failed INSERT
// also undoes the CREATE (SELECT INTO is one statement in SQL Server).
import { sqlError } from '../../errors/catalog';
import { ciKey } from '../../store/index';
import type { ObjectName } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { Scope } from '../interpreter/scope';
import { nowTicks } from './now-ticks';
import { qualify } from './object-names';
import { writeDdl } from './storage-of';
import type { TablePlan } from './table-plan';
import { createCatalogTable } from './table-writer';
import { createTempTable } from './temp-tables';

export interface IntoColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /** SELECT INTO copies the IDENTITY property of a selected identity column */
  readonly identity?: { readonly seed: bigint; readonly increment: bigint };
}

export async function createTableForSelectInto(scope: Scope, name: ObjectName, columns: readonly IntoColumn[]): Promise<void> {
  const q = qualify(scope, name);
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(ciKey(c.name))) throw sqlError(2705, c.name, q.name);
    seen.add(ciKey(c.name));
  }
  const plan: TablePlan = {
    columns: columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, explicitNull: false, ...(c.identity ? { identity: c.identity } : {}) })),
    constraints: [],
    indexes: [],
  };
  if (q.temp === 'local') {
    createTempTable(scope, q.name, plan);
    return;
  }
  await writeDdl(scope, [q.database], (s) => createCatalogTable(s, q.database, q.schema, q.name, plan, nowTicks(scope)));
}
