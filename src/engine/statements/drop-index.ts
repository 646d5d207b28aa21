// DROP INDEX [IF EXISTS] ix ON t [, ...] (and the old t.ix form). Indexes that enforce a PRIMARY
// KEY or UNIQUE constraint go with ALTER TABLE DROP CONSTRAINT only (3723).
import { sqlError } from '../../errors/catalog';
import { ciKey } from '../../store/index';
import type { DropIndexStatement, ObjectName } from '../../tsql/ast';
import { childObjects, deleteObjectRows } from '../ddl/catalog-rows';
import { findDdlTable, writtenName } from '../ddl/ddl-target';
import { TEMP_SCHEMA } from '../ddl/local-table';
import { qualify } from '../ddl/object-names';
import { dropIndexSql } from '../ddl/sqlite-ddl';
import { writeDdl } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';
import type { WritableTable } from '../sql/source-types';

export async function executeDropIndex(stmt: DropIndexStatement, scope: Scope): Promise<void> {
  for (const ix of stmt.indexes) await dropOne(scope, ix.table, ix.name, stmt.ifExists);
}

async function dropOne(scope: Scope, table: ObjectName, name: string, ifExists: boolean): Promise<void> {
  const q = qualify(scope, table);
  const display = `${writtenName(table)}.${name}`;
  await writeDdl(scope, [q.database], (s) => {
    const t = findDdlTable(scope, s, table);
    if (t?.kind === 'local') {
      const uniques = t.local.table.uniques as WritableTable['uniques'][number][];
      const at = uniques.findIndex((u) => ciKey(u.name) === ciKey(name));
      if (at >= 0 && uniques[at]?.kind !== 'IX') throw sqlError(3723, display, uniques[at]?.kind === 'PK' ? 'PRIMARY KEY' : 'UNIQUE KEY');
      const exists = s.get(`SELECT 1 FROM ${TEMP_SCHEMA}.sqlite_master WHERE type = 'index' AND name = ?`, [`${t.local.sqliteTable}$${name}`]);
      if (!exists) {
        if (ifExists) return;
        throw sqlError(3701, 'index', display);
      }
      s.execLocal(dropIndexSql(TEMP_SCHEMA, t.local.sqliteTable, name));
      if (at >= 0) uniques.splice(at, 1);
      return;
    }
    const ix = t ? childObjects(s, t.table.db, t.table.objectId).find((o) => ciKey(o.name) === ciKey(name) && ['IX', 'PK', 'UQ'].includes(o.type)) : undefined;
    if (!t || !ix) {
      if (ifExists) return;
      throw sqlError(3701, 'index', display);
    }
    if (ix.type !== 'IX') throw sqlError(3723, display, ix.type === 'PK' ? 'PRIMARY KEY' : 'UNIQUE KEY');
    s.exec(dropIndexSql(t.table.db, t.table.sqliteTable, ix.name));
    deleteObjectRows(s, t.table.db, ix.objectId);
  });
}
