// CREATE [UNIQUE] [NONCLUSTERED|CLUSTERED] INDEX ix ON t (cols) [INCLUDE] [WHERE] [WITH ...]: a
// SQLite index (strings keyed by msxd_ci_key, so a UNIQUE index is unique under CI_AS) and an IX
// catalogue row. INCLUDE and storage options only tune SQL Server's storage: accepted. A filter
// (WHERE) is kept out of SQLite: harmless for a plain index, refused for a UNIQUE one (it would
// change which rows may collide).
import { sqlError } from '../../errors/catalog';
import { ciKey, listColumns } from '../../store/index';
import type { CreateIndexStatement } from '../../tsql/ast';
import { childObjects, insertIndexColumns, insertObject } from '../ddl/catalog-rows';
import { firstDuplicateKey } from '../ddl/duplicate-key';
import { mustFindTable } from '../ddl/ddl-target';
import { nowTicks } from '../ddl/now-ticks';
import { qualify } from '../ddl/object-names';
import { createIndexSql } from '../ddl/sqlite-ddl';
import { storageOf, writeDdl } from '../ddl/storage-of';
import { columnIdOf, isUniqueFailure, quotedTable } from '../ddl/table-writer';
import { createTempIndex } from '../ddl/temp-indexes';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from './not-supported';

export async function executeCreateIndex(stmt: CreateIndexStatement, scope: Scope): Promise<void> {
  if (stmt.unique && stmt.where) throw notSupportedExpression('filtered UNIQUE index');
  const q = qualify(scope, stmt.table);
  if (q.temp === 'local') {
    const s = storageOf(scope);
    const found = mustFindTable(scope, s, stmt.table, 1088);
    if (found.kind === 'local') createTempIndex(scope, s, found.local, stmt);
    return;
  }
  await writeDdl(scope, [q.database], (s) => {
    const found = mustFindTable(scope, s, stmt.table, 1088);
    if (found.kind !== 'catalog') return;
    const t = found.table;
    if (childObjects(s, t.db, t.objectId).some((o) => ciKey(o.name) === ciKey(stmt.name) && (o.type === 'IX' || o.type === 'PK' || o.type === 'UQ'))) {
      throw sqlError(1913, stmt.name, 'table', t.name);
    }
    const columns = listColumns(s, t.database, t.objectId);
    for (const c of stmt.columns) columnIdOf(columns, c.name);
    try {
      s.exec(createIndexSql(t.db, t.sqliteTable, stmt.name, stmt.unique, stmt.columns, columns));
    } catch (e) {
      if (isUniqueFailure(e)) throw sqlError(1505, `${t.schema}.${t.name}`, stmt.name, firstDuplicateKey(s, quotedTable(t), stmt.columns, columns));
      throw e;
    }
    const id = insertObject(s, t.db, { schemaId: t.schemaId, name: stmt.name, type: 'IX', parentObjectId: t.objectId,
      definition: JSON.stringify({ unique: stmt.unique }) }, nowTicks(scope));
    insertIndexColumns(s, t.db, id, stmt.columns.map((c) => ({ columnId: columnIdOf(columns, c.name), desc: c.desc })));
  });
}
