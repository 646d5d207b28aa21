// CREATE INDEX / DROP INDEX on a #temp table. The SQLite index is made or dropped in place, and the
// table's registry entry is replaced by a new version whose plan has the index or lost it, as an
// ALTER TABLE does (temp-tables.ts): a later ALTER rebuilds the table with its indexes, and a
// ROLLBACK brings back the version whose indexes SQLite holds again (holdsLocalTable).
import { sqlError } from '../../errors/catalog';
import { ciKey, quoteIdent, type SessionStorage } from '../../store/index';
import type { CreateIndexStatement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { firstDuplicateKey } from './duplicate-key';
import { TEMP_SCHEMA, withIndexes, type LocalTable } from './local-table';
import { createIndexSql, dropIndexSql } from './sqlite-ddl';
import { isUniqueFailure } from './table-writer';
import { replaceTempTable } from './temp-tables';

export function createTempIndex(scope: Scope, s: SessionStorage, local: LocalTable, stmt: CreateIndexStatement): void {
  const t = local.table;
  if (keyedIndex(local, stmt.name) || indexOf(local, stmt.name)) throw sqlError(1913, stmt.name, 'table', t.name);
  for (const c of stmt.columns) if (!t.columns.some((x) => ciKey(x.name) === ciKey(c.name))) throw sqlError(1911, c.name);
  try {
    s.execLocal(createIndexSql(TEMP_SCHEMA, local.sqliteTable, stmt.name, stmt.unique, stmt.columns, t.columns));
  } catch (e) {
    // the key index may be made when its NULL guard fails, and the temp schema has no savepoint here
    s.execLocal(dropIndexSql(TEMP_SCHEMA, local.sqliteTable, stmt.name));
    if (isUniqueFailure(e)) throw sqlError(1505, `dbo.${t.name}`, stmt.name, firstDuplicateKey(s, `${TEMP_SCHEMA}.${quoteIdent(local.sqliteTable)}`, stmt.columns, t.columns));
    throw e;
  }
  const index = { name: stmt.name, unique: stmt.unique, columns: stmt.columns };
  replaceTempTable(scope, t.name, withIndexes(local, [...local.plan.indexes, index]));
}

/** false when the table has no such index (3701 or IF EXISTS is the caller's) */
export function dropTempIndex(scope: Scope, s: SessionStorage, local: LocalTable, name: string, display: string): boolean {
  const keyed = keyedIndex(local, name);
  if (keyed) throw sqlError(3723, display, keyed.kind === 'PK' ? 'PRIMARY KEY' : 'UNIQUE KEY');
  const index = indexOf(local, name);
  if (!index) return false;
  s.execLocal(dropIndexSql(TEMP_SCHEMA, local.sqliteTable, index.name));
  replaceTempTable(scope, local.table.name, withIndexes(local, local.plan.indexes.filter((i) => i !== index)));
  return true;
}

/** the PRIMARY KEY or UNIQUE constraint of that name (its index has the constraint's name) */
function keyedIndex(local: LocalTable, name: string): { readonly kind: 'PK' | 'UQ' } | undefined {
  for (const k of local.plan.constraints) if ((k.kind === 'PK' || k.kind === 'UQ') && ciKey(k.name) === ciKey(name)) return k;
  return undefined;
}

function indexOf(local: LocalTable, name: string): LocalTable['plan']['indexes'][number] | undefined {
  return local.plan.indexes.find((i) => ciKey(i.name) === ciKey(name));
}
