// Writing rows into a table's SQLite table, mapping SQLite's UNIQUE failures onto SQL Server's
// 2627 (PRIMARY KEY / UNIQUE constraint) and 2601 (unique index) with the duplicate key value.
import { sqlError } from '../../errors/catalog';
import { ciKey, encodeValue, quoteIdent, type SessionStorage } from '../../store/index';
import { isCharacter } from '../../types/categories';
import type { Typed } from '../../types/typed-value';
import { keyValueText } from '../ddl/duplicate-key';
import type { WritableTable } from '../sql/source-types';

export function insertRow(s: SessionStorage, table: WritableTable, row: readonly Typed[], sql = insertSql(table)): number | bigint {
  const values = table.columns.map((c, i) => encodeValue(c.type, row[i]!.value));
  return uniqueGuard(s, table, row, undefined, () => s.run(sql, values).lastInsertRowid);
}

/** the INSERT of a whole row; a statement writing many rows (bulk load) builds it once */
export function insertSql(table: WritableTable): string {
  const cols = table.columns.map((c) => quoteIdent(c.name)).join(', ');
  const marks = table.columns.map(() => '?').join(', ');
  return `INSERT INTO ${table.sqliteName} (${cols}) VALUES (${marks})`;
}

export function updateRow(s: SessionStorage, table: WritableTable, rowid: unknown, row: readonly Typed[], changed: readonly number[]): void {
  if (changed.length === 0) return;
  const set = changed.map((i) => `${quoteIdent(table.columns[i]!.name)} = ?`).join(', ');
  const values = changed.map((i) => encodeValue(table.columns[i]!.type, row[i]!.value));
  uniqueGuard(s, table, row, rowid, () => s.run(`UPDATE ${table.sqliteName} SET ${set} WHERE rowid = ?`, [...values, rowid]));
}

export function deleteRow(s: SessionStorage, table: WritableTable, rowid: unknown): void {
  s.run(`DELETE FROM ${table.sqliteName} WHERE rowid = ?`, [rowid]);
}

function uniqueGuard<T>(s: SessionStorage, table: WritableTable, row: readonly Typed[], rowid: unknown, write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw uniqueViolation(s, table, row, rowid);
    throw e;
  }
}

/** the first PK / UNIQUE / unique index whose key another row already holds */
function uniqueViolation(s: SessionStorage, table: WritableTable, row: readonly Typed[], rowid: unknown): Error {
  const object = `${table.schema}.${table.name}`;
  const index = (n: string): number => table.columns.findIndex((c) => c.name.toLowerCase() === n.toLowerCase());
  for (const u of table.uniques) {
    const cols = u.columns.map((n) => table.columns[index(n)]!);
    const vals = u.columns.map((n) => row[index(n)]!);
    const where = cols.map((c) => (isCharacter(c.type) ? `msxd_ci_key(${quoteIdent(c.name)}) IS ?` : `${quoteIdent(c.name)} IS ?`));
    const params = cols.map((c, i) => {
      const enc = encodeValue(c.type, vals[i]!.value);
      return isCharacter(c.type) && enc !== null ? ciKey(String(enc)) : enc;
    });
    const other = rowid === undefined ? '' : ' AND rowid <> ?';
    if (!s.get(`SELECT 1 FROM ${table.sqliteName} WHERE ${where.join(' AND ')}${other} LIMIT 1`, rowid === undefined ? params : [...params, rowid])) continue;
    const value = keyValueText(vals);
    if (u.kind === 'IX') return sqlError(2601, object, u.name, value);
    return sqlError(2627, u.kind === 'PK' ? 'PRIMARY KEY' : 'UNIQUE KEY', u.name, object, value);
  }
  return sqlError(2627, 'UNIQUE KEY', '?', object, '(?)');
}
