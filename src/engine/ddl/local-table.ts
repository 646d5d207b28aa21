// Session-local tables (#temp tables and table variables) live in the session connection's SQLite
// `temp` schema, outside every catalogue: their metadata is this WritableTable, registered with
// src/engine/sql/local-tables.ts. SQL Server does not enforce FOREIGN KEYs on them either.
import { sqlError } from '../../errors/catalog';
import type { ColumnInfo, SessionStorage } from '../../store/index';
import { isCharacterType, quoteIdent } from '../../store/index';
import { SERVER_COLLATION } from '../../types/collation';
import type { WritableTable } from '../sql/source-types';
import { notSupportedExpression } from '../statements/not-supported';
import { createIndexSql, createTableSql } from './sqlite-ddl';
import type { TablePlan } from './table-plan';
import { isUniqueFailure } from './table-writer';

export const TEMP_SCHEMA = '"temp"';

/** What it takes to create the SQLite table again (table variables survive ROLLBACK). */
export interface LocalTable {
  readonly table: WritableTable;
  /** unquoted SQLite name in the temp schema */
  readonly sqliteTable: string;
  readonly ddl: readonly string[];
  /** TRUNCATE TABLE: the next identity value is the seed again */
  readonly resetIdentity: () => void;
  /** the last identity value handed out (null before the first) */
  readonly lastIdentity: () => bigint | null;
  readonly setLastIdentity: (last: bigint) => void;
  /** the plan it was made from (ALTER TABLE on a #temp table starts from it) */
  readonly plan: TablePlan;
}

export function createLocalTable(s: SessionStorage, sqliteTable: string, name: string, objectId: number, plan: TablePlan,
  identityLast: bigint | null = null): LocalTable {
  if (plan.columns.some((c) => c.computedDefinition !== undefined)) {
    throw notSupportedExpression('computed columns in temporary tables and table variables');
  }
  const keyed = plan.constraints.flatMap((k) => (k.kind === 'PK' || k.kind === 'UQ' ? [{ name: k.name, unique: true, columns: k.columns }] : []));
  const ddl = [
    createTableSql(TEMP_SCHEMA, sqliteTable, plan.columns),
    ...[...keyed, ...plan.indexes].map((ix) => createIndexSql(TEMP_SCHEMA, sqliteTable, ix.name, ix.unique, ix.columns, plan.columns)),
  ];
  try {
    for (const sql of ddl) s.execLocal(sql);
  } catch (e) {
    s.execLocal(`DROP TABLE IF EXISTS ${TEMP_SCHEMA}.${quoteIdent(sqliteTable)}`);
    if (isUniqueFailure(e)) throw sqlError(1750);
    throw e;
  }
  const columns: ColumnInfo[] = plan.columns.map((c, i) => ({
    columnId: i + 1, name: c.name, type: c.type, nullable: c.nullable, identity: c.identity ?? null,
    defaultDefinition: c.defaultDefinition ?? null, collationName: isCharacterType(c.type) ? SERVER_COLLATION.name : null,
  }));
  const identityColumn = columns.find((c) => c.identity);
  let last: bigint | null = identityLast;
  const table: WritableTable = {
    sqliteName: `${TEMP_SCHEMA}.${quoteIdent(sqliteTable)}`,
    database: 'tempdb',
    schema: 'dbo',
    name,
    objectId,
    columns,
    // Identity values are not transactional in SQL Server either: a closure counter is exact.
    nextIdentity(): bigint {
      const id = identityColumn?.identity;
      if (!id) throw new Error(`${name} has no identity column`);
      last = last === null ? id.seed : last + id.increment;
      return last;
    },
    checks: plan.constraints.flatMap((k) => (k.kind === 'C' ? [{ name: k.name, definition: k.definition }] : [])),
    uniques: [
      ...plan.constraints.flatMap((k) => (k.kind === 'PK' || k.kind === 'UQ' ? [{ name: k.name, kind: k.kind, columns: k.columns.map((c) => c.name) }] : [])),
      ...plan.indexes.filter((i) => i.unique).map((i) => ({ name: i.name, kind: 'IX' as const, columns: i.columns.map((c) => c.name) })),
    ],
    foreignKeys: [],
  };
  return {
    table, sqliteTable, ddl, plan, resetIdentity: () => { last = null; }, lastIdentity: () => last, setLastIdentity: (v) => { last = v; },
  };
}

export function dropLocalTable(s: SessionStorage, sqliteTable: string): void {
  s.execLocal(`DROP TABLE IF EXISTS ${TEMP_SCHEMA}.${quoteIdent(sqliteTable)}`);
}

export function resetLocalIdentity(t: LocalTable): void {
  t.resetIdentity();
}

/**
 * A ROLLBACK brought `restored` back in place of `undone`, a later version of the same #temp table
 * (ALTER TABLE rebuilds it): identity values are not transactional, so the values `undone` handed
 * out are not handed out again.
 */
export function continueIdentity(restored: LocalTable, undone: LocalTable): void {
  const last = undone.lastIdentity();
  if (last !== null && restored.table.columns.some((c) => c.identity)) restored.setLastIdentity(last);
}
