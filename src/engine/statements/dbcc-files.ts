// CHECKPOINT, DBCC SHRINKDATABASE, DBCC SHRINKFILE and DBCC SQLPERF(LOGSPACE): a database's data
// file is its SQLite file, its log file the file's WAL ("Database Files" in the store README).
//
// CHECKPOINT: copies the WAL of the current database into its file and truncates the WAL
// (store checkpointDatabase); inside the session's own transaction what SQLite can (busy). sysadmin
// or db_owner (SQL Server also lets db_backupoperator: msxd does not model it), else 262.
// SHRINKDATABASE ( 'db' | id | 0 [, target_percent] [, NOTRUNCATE | TRUNCATEONLY] ) and
// SHRINKFILE ( file_name | file_id [, target_size] [, EMPTYFILE | NOTRUNCATE | TRUNCATEONLY] ):
// checkpoint and VACUUM (every free page given back: the target is not needed) for the data
// file, checkpoint alone for the log file; then SQL Server's result set, one row per file shrunk:
// DbId, FileId, CurrentSize, MinimumSize, UsedPages, EstimatedPages in 8-KB pages (SQLite's pages
// converted): MinimumSize is the pages in use (SQLite has no creation size). Never inside a
// transaction (SQLite cannot VACUUM in one): 226. VACUUM needs the write lock and cannot wait for
// it, so the command first waits for the lock as any writer does (SET LOCK_TIMEOUT, 1222) and runs
// VACUUM in the same turn of the event loop, before any other session can write. sysadmin or
// db_owner, else 7983.
import { sqlError } from '../../errors/catalog';
import { checkpointDatabase, databaseFileFacts, shrinkDatabase, type DatabaseFileFacts, type DatabaseInfo } from '../../store/index';
import type { DbccStatement, SimpleCommandStatement } from '../../tsql/ast';
import { logicalFileNames } from '../catalog/file-views';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';
import { lockWait } from '../ddl/storage-of';
import { isDbOwner } from '../security/require-permission';
import { databaseSecurity } from '../security/security-context';
import { argValue, databaseArg, dbccCompleted, onlyOptions, sendRows, storageOf } from './dbcc-common';

const SQL_SERVER_PAGE = 8192;
const DATA_FILE = 1;
const LOG_FILE = 2;
const SHRINK_WORDS = ['NOTRUNCATE', 'TRUNCATEONLY', 'EMPTYFILE'] as const;

const SHRINK_COLUMNS: readonly ResultColumn[] = ['DbId', 'FileId', 'CurrentSize', 'MinimumSize', 'UsedPages', 'EstimatedPages']
  .map((name) => ({ name, type: name === 'DbId' ? { kind: 'smallint' } as const : { kind: 'int' } as const, nullable: false }));

export function executeCheckpoint(_stmt: SimpleCommandStatement, scope: Scope): void {
  const database = scope.session.database;
  if (!isDbOwner(scope, database)) throw sqlError(262, 'CHECKPOINT', database);
  checkpointDatabase(storageOf(scope), database);
}

export async function shrinkDb(stmt: DbccStatement, scope: Scope): Promise<void> {
  if (stmt.args.length > 3) throw sqlError(2583);
  onlyOptions(stmt, ['NO_INFOMSGS']);
  const db = databaseArg(stmt.args[0], scope);
  for (const [i, e] of stmt.args.slice(1).entries()) shrinkOption(e, i + 2, scope);
  const s = await prepareShrink(scope, db, 'DBCC SHRINKDATABASE');
  const facts = shrinkDatabase(s, db.name);
  sendRows(scope, SHRINK_COLUMNS, [fileRow(db, DATA_FILE, facts), fileRow(db, LOG_FILE, facts)]);
  dbccCompleted(scope, stmt);
}

export async function shrinkFile(stmt: DbccStatement, scope: Scope): Promise<void> {
  if (stmt.args.length < 1 || stmt.args.length > 3) throw sqlError(2583);
  onlyOptions(stmt, ['NO_INFOMSGS']);
  const db = databaseArg(undefined, scope);
  const fileId = fileArg(stmt, scope, db);
  for (const [i, e] of stmt.args.slice(1).entries()) shrinkOption(e, i + 2, scope);
  const s = await prepareShrink(scope, db, 'DBCC SHRINKFILE');
  if (fileId === DATA_FILE) shrinkDatabase(s, db.name);
  else checkpointDatabase(s, db.name);
  sendRows(scope, SHRINK_COLUMNS, [fileRow(db, fileId, databaseFileFacts(s, db.name))]);
  dbccCompleted(scope, stmt);
}

async function prepareShrink(scope: Scope, db: DatabaseInfo, what: string): Promise<ReturnType<typeof storageOf>> {
  if (!isDbOwner(scope, db.name)) {
    throw sqlError(7983, databaseSecurity(scope, db.name).userName ?? scope.session.login.loginName, what.slice(5), db.name);
  }
  const s = storageOf(scope);
  if (scope.session.transactions.trancount > 0 || s.inTransaction) throw sqlError(226, what);
  s.ensureAttached([db.name]);
  // wait for other sessions' write transactions; the caller's VACUUM follows before any await
  await s.beginTransaction(lockWait(scope));
  s.commit();
  return s;
}

/** target percent / size (a number) or NOTRUNCATE / TRUNCATEONLY / EMPTYFILE; 2560 otherwise */
function shrinkOption(e: DbccStatement['args'][number], position: number, scope: Scope): void {
  const v = argValue(e, scope);
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (Number(v) < 0) throw sqlError(2560, position);
    return;
  }
  if (!SHRINK_WORDS.some((w) => w === String(v).toUpperCase())) throw sqlError(2560, position);
}

/** a file of the current database by id (1 data, 2 log) or logical name (sys.database_files); 8985 otherwise */
function fileArg(stmt: DbccStatement, scope: Scope, db: DatabaseInfo): number {
  const v = argValue(stmt.args[0]!, scope);
  const [data, log] = logicalFileNames(db.databaseId, db.name);
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (Number(v) === DATA_FILE || Number(v) === LOG_FILE) return Number(v);
    throw sqlError(8985, String(v), db.name);
  }
  const name = String(v).toLowerCase();
  if (name === data.toLowerCase()) return DATA_FILE;
  if (name === log.toLowerCase()) return LOG_FILE;
  throw sqlError(8985, String(v), db.name);
}

function fileRow(db: DatabaseInfo, fileId: number, f: DatabaseFileFacts): number[] {
  const pages = (bytes: number): number => Math.ceil(bytes / SQL_SERVER_PAGE);
  if (fileId === LOG_FILE) {
    const used = pages(f.walFramesLive * (f.pageSize + 24));
    return [db.databaseId, LOG_FILE, pages(f.walBytes), 0, used, used];
  }
  const used = pages((f.pageCount - f.freePages) * f.pageSize);
  return [db.databaseId, DATA_FILE, pages(f.fileBytes), used, used, used];
}
