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

export function createIndexSql(schema: string, table: string, name: string, unique: boolean,
  keys: readonly IndexColumn[], columns: readonly SqliteColumn[]): string {
  const exprs = keys.map((k) => {
    const col = columns.find((c) => ciKey(c.name) === ciKey(k.name));
    const ref = quoteIdent(col?.name ?? k.name);
    const e = col && isCharacterType(col.type) ? `msxd_ci_key(${ref})` : ref;
    return k.desc ? `${e} DESC` : e;
  });
  return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${schema}.${quoteIdent(sqliteIndexName(table, name))} ON ${quoteIdent(table)} (${exprs.join(', ')})`;
}

export function dropIndexSql(schema: string, table: string, name: string): string {
  return `DROP INDEX IF EXISTS ${schema}.${quoteIdent(sqliteIndexName(table, name))}`;
}
