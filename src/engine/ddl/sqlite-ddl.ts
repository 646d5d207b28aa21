// SQLite DDL text for msxd tables: columns with the store's declared types and NOT NULL, and key
// indexes whose string columns are indexed by msxd_ci_key (CI_AS: 'a' and 'A ' collide, as in SQL
// Server). CHECK and FOREIGN KEY are not SQLite constraints: the DML engine enforces them row by
// row from the catalogue (SQLite could not evaluate T-SQL expressions, nor add them by ALTER).
import { ciKey, declaredType, isCharacterType, quoteIdent } from '../../store/index';
import type { IndexColumn } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';

export interface SqliteColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
}

export function columnSql(c: SqliteColumn): string {
  return `${quoteIdent(c.name)} ${declaredType(c.type)}${c.nullable ? '' : ' NOT NULL'}`;
}

/** `schema` is the quoted attach alias ("db" or "temp"); `table` the unquoted SQLite table name. */
export function createTableSql(schema: string, table: string, columns: readonly SqliteColumn[]): string {
  return `CREATE TABLE ${schema}.${quoteIdent(table)} (${columns.map(columnSql).join(', ')})`;
}

/** The SQLite index of a PK/UQ constraint or an index: "<table>$<name>" in the table's schema. */
export function sqliteIndexName(table: string, name: string): string {
  return `${table}$${name}`;
}

const NULL_GUARD_PREFIX = 'msxd_nulls$';

/**
 * The guard of a unique index whose key has nullable columns: SQLite's UNIQUE lets any number of
 * rows with a NULL key part in, SQL Server's lets one (NULLs are equal for uniqueness). The guard
 * holds only the rows with a NULL key part, keyed by (c IS NULL, ifnull(c, 0)) for each nullable
 * column, which is never NULL and tells a NULL from every value: (1, NULL) collides with (1, NULL)
 * and not with (2, NULL) nor (1, 0). One partial index for any number of nullable columns. The
 * prefix keeps its name out of "<table>$<name>" and makes SQLite's failure text end in "$<name>".
 * A lookup by key (c = ?) never implies the guard's WHERE, so reads keep to the key index.
 */
export function nullGuardIndexName(table: string, name: string): string {
  return `${NULL_GUARD_PREFIX}${sqliteIndexName(table, name)}`;
}

export function isNullGuardIndex(sqliteName: string): boolean {
  return sqliteName.startsWith(NULL_GUARD_PREFIX);
}

/**
 * The SQLite statements (`;`-separated, for exec) of a PK/UQ constraint's or an index's key index,
 * and for a unique one over nullable columns its NULL guard (nullGuardIndexName).
 */
export function createIndexSql(schema: string, table: string, name: string, unique: boolean,
  keys: readonly IndexColumn[], columns: readonly SqliteColumn[]): string {
  const keyed = keys.map((k) => {
    const col = columns.find((c) => ciKey(c.name) === ciKey(k.name));
    const ref = quoteIdent(col?.name ?? k.name);
    return { ref, expr: col && isCharacterType(col.type) ? `msxd_ci_key(${ref})` : ref, desc: k.desc, nullable: col?.nullable ?? true };
  });
  const exprs = keyed.map((k) => (k.desc ? `${k.expr} DESC` : k.expr));
  const index = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${schema}.${quoteIdent(sqliteIndexName(table, name))} ON ${quoteIdent(table)} (${exprs.join(', ')})`;
  const nullable = keyed.filter((k) => k.nullable);
  if (!unique || nullable.length === 0) return index;
  const guardKey = keyed.map((k) => (k.nullable ? `${k.ref} IS NULL, ifnull(${k.expr}, 0)` : k.expr));
  const anyNull = nullable.map((k) => `${k.ref} IS NULL`).join(' OR ');
  return `${index};\nCREATE UNIQUE INDEX ${schema}.${quoteIdent(nullGuardIndexName(table, name))} ON ${quoteIdent(table)} (${guardKey.join(', ')}) WHERE ${anyNull}`;
}

/** Drops the key index and its NULL guard, whichever exist. */
export function dropIndexSql(schema: string, table: string, name: string): string {
  return `DROP INDEX IF EXISTS ${schema}.${quoteIdent(sqliteIndexName(table, name))};
DROP INDEX IF EXISTS ${schema}.${quoteIdent(nullGuardIndexName(table, name))}`;
}
