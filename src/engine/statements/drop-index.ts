// DROP INDEX [IF EXISTS] ix ON t [, ...] (and the old t.ix form). Indexes that enforce a PRIMARY
// KEY or UNIQUE constraint go with ALTER TABLE DROP CONSTRAINT only (3723).
import { sqlError } from '../../errors/catalog';
import { ciKey } from '../../store/index';
import type { DropIndexStatement, ObjectName } from '../../tsql/ast';
import { childObjects, deleteObjectRows } from '../ddl/catalog-rows';
import { findDdlTable, writtenName } from '../ddl/ddl-target';
import { qualify } from '../ddl/object-names';
import { dropIndexSql } from '../ddl/sqlite-ddl';
import { writeDdl } from '../ddl/storage-of';
import { dropTempIndex } from '../ddl/temp-indexes';
import type { Scope } from '../interpreter/scope';

export async function executeDropIndex(stmt: DropIndexStatement, scope: Scope): Promise<void> {
  for (const ix of stmt.indexes) await dropOne(scope, ix.table, ix.name, stmt.ifExists);
}

async function dropOne(scope: Scope, table: ObjectName, name: string, ifExists: boolean): Promise<void> {
  const q = qualify(scope, table);
  const display = `${writtenName(table)}.${name}`;
  await writeDdl(scope, [q.database], (s) => {
    const t = findDdlTable(scope, s, table);
    if (t?.kind === 'local') {
      if (!dropTempIndex(scope, s, t.local, name, display) && !ifExists) throw sqlError(3701, 'drop', 'index', display);
      return;
    }
    const ix = t ? childObjects(s, t.table.db, t.table.objectId).find((o) => ciKey(o.name) === ciKey(name) && ['IX', 'PK', 'UQ'].includes(o.type)) : undefined;
    if (!t || !ix) {
      if (ifExists) return;
      throw sqlError(3701, 'drop', 'index', display);
    }
    if (ix.type !== 'IX') throw sqlError(3723, display, ix.type === 'PK' ? 'PRIMARY KEY' : 'UNIQUE KEY');
    s.exec(dropIndexSql(t.table.db, t.table.sqliteTable, ix.name));
    deleteObjectRows(s, t.table.db, ix.objectId);
  });
}
