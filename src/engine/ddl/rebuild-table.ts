// SQLite's ALTER TABLE can neither change a column's type nor add constraints, and T-SQL values
// need converting between encodings anyway, so ALTER TABLE ADD/DROP/ALTER COLUMN rebuilds the
// table: new table, rows copied through JS (decode, convert, encode), old table dropped, new one
// renamed, indexes re-created. CHECK/FOREIGN KEY are not SQLite constraints, so dropping the old
// table triggers nothing. Runs inside the statement's write lock: all or nothing.
import { quoteIdent, type SessionStorage, type StoredValue } from '../../store/index';
import { createTableSql, type SqliteColumn } from './sqlite-ddl';

export interface RebuildColumn {
  readonly column: SqliteColumn;
  /** the stored value of this column for one old row (old row by column name; n = 0-based row number) */
  value(row: Readonly<Record<string, unknown>>, n: number): StoredValue;
}

export function rebuildTable(s: SessionStorage, schema: string, table: string, columns: readonly RebuildColumn[],
  indexSql: (table: string) => readonly string[]): number {
  const old = `${schema}.${quoteIdent(table)}`;
  const rows = s.allBig<Record<string, unknown>>(`SELECT * FROM ${old} ORDER BY rowid`);
  const tmp = `${table}$rebuild`;
  s.exec(`DROP TABLE IF EXISTS ${schema}.${quoteIdent(tmp)}`);
  s.exec(createTableSql(schema, tmp, columns.map((c) => c.column)));
  const insert = `INSERT INTO ${schema}.${quoteIdent(tmp)} (${columns.map((c) => quoteIdent(c.column.name)).join(', ')})
    VALUES (${columns.map(() => '?').join(', ')})`;
  rows.forEach((r, n) => s.run(insert, columns.map((c) => c.value(r, n))));
  s.exec(`DROP TABLE ${old}`);
  s.exec(`ALTER TABLE ${schema}.${quoteIdent(tmp)} RENAME TO ${quoteIdent(table)}`);
  for (const sql of indexSql(table)) s.exec(sql);
  return rows.length;
}

/** An unchanged column: its stored value as it was. */
export function keep(column: SqliteColumn, oldName: string = column.name): RebuildColumn {
  return { column, value: (row) => (row[oldName] ?? null) as StoredValue };
}
