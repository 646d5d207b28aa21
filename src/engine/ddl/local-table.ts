// Session-local tables (#temp tables and table variables) live in the session connection's SQLite
// `temp` schema, outside every catalogue: their metadata is this WritableTable, registered with
// src/engine/sql/local-tables.ts. SQL Server does not enforce FOREIGN KEYs on them either.
import { sqlError } from '../../errors/catalog';
import type { ColumnInfo, SessionStorage } from '../../store/index';
import { ciKey, isCharacterType, quoteIdent } from '../../store/index';
import { SERVER_COLLATION } from '../../types/collation';
import type { WritableTable } from '../sql/source-types';
import { notSupportedExpression } from '../statements/not-supported';
import { createIndexSql, createTableSql, isNullGuardIndex, sqliteIndexName } from './sqlite-ddl';
import type { PlannedIndex, TablePlan } from './table-plan';
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
  const local = describeLocalTable(sqliteTable, name, objectId, plan, identityLast);
  try {
    for (const sql of local.ddl) s.execLocal(sql);
  } catch (e) {
    s.execLocal(`DROP TABLE IF EXISTS ${TEMP_SCHEMA}.${quoteIdent(sqliteTable)}`);
    if (isUniqueFailure(e)) throw sqlError(1750);
    throw e;
  }
  return local;
}

/**
 * CREATE INDEX / DROP INDEX on a #temp table, once SQLite's index is made or gone: a new version
 * of the table's metadata over the same SQLite table, made from the changed plan (an ALTER TABLE
 * rebuilds from it), whose identity goes on from the old version's.
 */
export function withIndexes(old: LocalTable, indexes: PlannedIndex[]): LocalTable {
  return describeLocalTable(old.sqliteTable, old.table.name, old.table.objectId, { ...old.plan, indexes }, old.lastIdentity());
}

/** The SQLite indexes of a plan: its PRIMARY KEY and UNIQUE constraints, then its indexes. */
function planIndexes(plan: TablePlan): PlannedIndex[] {
  const keyed = plan.constraints.flatMap((k) => (k.kind === 'PK' || k.kind === 'UQ' ? [{ name: k.name, unique: true, columns: k.columns }] : []));
  return [...keyed, ...plan.indexes];
}

function describeLocalTable(sqliteTable: string, name: string, objectId: number, plan: TablePlan, identityLast: bigint | null): LocalTable {
  const ddl = [
    createTableSql(TEMP_SCHEMA, sqliteTable, plan.columns),
    ...planIndexes(plan).map((ix) => createIndexSql(TEMP_SCHEMA, sqliteTable, ix.name, ix.unique, ix.columns, plan.columns)),
  ];
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

/**
 * Whether SQLite's temp schema holds this version of a local table: its table, with exactly its
 * indexes. Versions made by CREATE INDEX / DROP INDEX share their SQLite table, so after a
 * ROLLBACK the indexes say which of them SQLite went back to.
 */
export function holdsLocalTable(s: SessionStorage, local: LocalTable): boolean {
  const rows = s.all<{ type: string; name: string }>(
    `SELECT type, name FROM ${TEMP_SCHEMA}.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL`, [local.sqliteTable]);
  if (!rows.some((r) => r.type === 'table')) return false;
  const held = new Set(rows.filter((r) => r.type === 'index' && !isNullGuardIndex(r.name)).map((r) => ciKey(r.name)));
  const wanted = planIndexes(local.plan).map((ix) => ciKey(sqliteIndexName(local.sqliteTable, ix.name)));
  return held.size === wanted.length && wanted.every((n) => held.has(n));
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
