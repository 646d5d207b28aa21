// UPDATE STATISTICS and ALTER INDEX ("UPDATE STATISTICS (Transact-SQL)", "ALTER INDEX (Transact-SQL)"):
// SQLite's ANALYZE (the query planner's statistics, sqlite_stat1/sqlite_stat4) of the table or of
// the named indexes, and REINDEX (each index rebuilt from its table) for REBUILD and REORGANIZE
// (SQLite has no in-place defragmentation: a rebuild is what it can do). The sampling options
// (FULLSCAN, SAMPLE n PERCENT, RESAMPLE ...) are accepted: ANALYZE reads every row, a full scan.
// DISABLE is refused with 40517: SQLite cannot keep an index that is not maintained.
// Permission: ALTER on the table, which msxd reduces to db_owner/sysadmin (1088 otherwise, as
// SQL Server answers a name the caller may not alter). #temp tables: nothing to do (accepted).
import { sqlError } from '../../errors/catalog';
import { analyzeStatistics, ciKey, rebuildIndexes } from '../../store/index';
import type { AlterIndexStatement, UpdateStatisticsStatement } from '../../tsql/ast';
import { childObjects } from '../ddl/catalog-rows';
import { mustFindTable, writtenName } from '../ddl/ddl-target';
import { qualify } from '../ddl/object-names';
import { sqliteIndexName } from '../ddl/sqlite-ddl';
import { storageOf, writeDdl } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';
import { isDbOwner } from '../security/require-permission';
import { notSupportedExpression } from './not-supported';

const INDEX_TYPES: readonly string[] = ['IX', 'PK', 'UQ'];

export async function executeUpdateStatistics(stmt: UpdateStatisticsStatement, scope: Scope): Promise<void> {
  const q = qualify(scope, stmt.table);
  if (q.temp === 'local') {
    mustFindTable(scope, storageOf(scope), stmt.table, 208);
    return;
  }
  if (!scope.engine.store.databaseExists(q.database) || !isDbOwner(scope, q.database)) throw sqlError(1088, writtenName(stmt.table));
  await writeDdl(scope, [q.database], (s) => {
    const found = mustFindTable(scope, s, stmt.table, 208);
    if (found.kind !== 'catalog') return;
    const t = found.table;
    if (stmt.statistics.length === 0) return analyzeStatistics(s, t.database, t.sqliteTable);
    const indexes = childObjects(s, t.db, t.objectId).filter((o) => INDEX_TYPES.includes(o.type));
    for (const name of stmt.statistics) {
      const ix = indexes.find((o) => ciKey(o.name) === ciKey(name));
      if (!ix) throw sqlError(2767, name);
      analyzeStatistics(s, t.database, sqliteIndexName(t.sqliteTable, ix.name));
    }
  });
}

export async function executeAlterIndex(stmt: AlterIndexStatement, scope: Scope): Promise<void> {
  if (stmt.action === 'disable') throw notSupportedExpression('DISABLE');
  const q = qualify(scope, stmt.table);
  if (q.temp === 'local') {
    mustFindTable(scope, storageOf(scope), stmt.table, 1088);
    return;
  }
  if (!scope.engine.store.databaseExists(q.database) || !isDbOwner(scope, q.database)) throw sqlError(1088, writtenName(stmt.table));
  await writeDdl(scope, [q.database], (s) => {
    const found = mustFindTable(scope, s, stmt.table, 1088);
    if (found.kind !== 'catalog') return;
    const t = found.table;
    if (stmt.index === null) return rebuildIndexes(s, t.database, t.sqliteTable);
    const ix = childObjects(s, t.db, t.objectId).find((o) => INDEX_TYPES.includes(o.type) && ciKey(o.name) === ciKey(stmt.index!));
    if (!ix) throw sqlError(7999, stmt.index, t.name);
    rebuildIndexes(s, t.database, sqliteIndexName(t.sqliteTable, ix.name));
  });
}
