// The file and log DMVs over the real SQLite files: a database is one SQLite file (file_id 1) and
// its write-ahead log (file_id 2, the "log file" sys.database_files shows; catalog/file-views.ts).
// - sys.dm_io_virtual_file_stats(database_id, file_id) (a table-valued function with constant
//   arguments, sql/system-table-functions.ts): one row per data and log file of each database,
//   size_on_disk_bytes the file's size now (0 for a WAL SQLite removed at a clean close),
//   sample_ms the machine's uptime. The I/O counters and stalls are 0: SQLite reads and writes
//   inside better-sqlite3's C code through its default VFS, which msxd cannot observe.
// - sys.dm_db_file_space_usage: the current database's data file in SQL Server's 8-KB pages
//   (SQLite pages are 4 KB: page_count * page_size / 8192, rounded up), unallocated the free list, allocated
//   the rest; no version store, mixed extents or per-object reservations (0).
// - sys.dm_db_log_space_usage: the current database's WAL: its size, the part of it holding frames
//   not yet checkpointed (SQLite's wal_checkpoint figures) and their share. msxd has no log
//   backups, so log_space_in_bytes_since_last_backup is the used space.
// - sys.database_recovery_status: one row per online database; msxd has no LSNs or recovery forks,
//   so the GUIDs and LSNs are NULL, as SQL Server shows them for a database not yet backed up.
// Permissions as SQL Server 2022: VIEW SERVER PERFORMANCE STATE for the first three (msxd: sysadmin,
// else 300 + 297); sys.database_recovery_status shows the databases the caller owns (db_owner),
// every one for sysadmin.
import os from 'node:os';
import { databaseFile, databaseFileFacts, type DatabaseInfo, type DatabaseFileFacts } from '../../store/index';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { isDbOwner } from '../security/require-permission';
import { requireServerState } from './dm-server-services';
import { fileBytesOrZero } from './file-bytes';
import { col, type SystemView } from './system-view';

const SMALLINT = { kind: 'smallint' } as const;
const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;
const REAL = { kind: 'real' } as const;
const UNIQUEIDENTIFIER = { kind: 'uniqueidentifier' } as const;
const NUMERIC_25 = { kind: 'decimal', precision: 25, scale: 0, numeric: true } as const;
const PERMISSION = 'VIEW SERVER PERFORMANCE STATE';
/** SQL Server's page: every *_page_count counts 8-KB pages */
const SQL_PAGE_BYTES = 8192;

export const VIRTUAL_FILE_STATS_COLUMNS = [
  col('database_id', SMALLINT, false), col('file_id', SMALLINT, false), col('sample_ms', BIGINT, false),
  col('num_of_reads', BIGINT, false), col('num_of_bytes_read', BIGINT, false), col('io_stall_read_ms', BIGINT, false),
  col('io_stall_queued_read_ms', BIGINT, false), col('num_of_writes', BIGINT, false), col('num_of_bytes_written', BIGINT, false),
  col('io_stall_write_ms', BIGINT, false), col('io_stall_queued_write_ms', BIGINT, false), col('io_stall', BIGINT, false),
  col('size_on_disk_bytes', BIGINT, false), col('file_handle', { kind: 'varbinary', length: 8 }, false),
] as const;

function idArg(v: SqlValue | undefined): number | null {
  return v === null || v === undefined ? null : Number(v);
}

export function virtualFileStatsRows(scope: Scope, args: readonly SqlValue[]): SqlValue[][] {
  requireServerState(scope, PERMISSION);
  const [dbId, fileId] = [idArg(args[0]), idArg(args[1])];
  const s = scope.session.storage;
  if (!s) return [];
  const sampleMs = BigInt(Math.floor(os.uptime() * 1000));
  const out: SqlValue[][] = [];
  for (const db of scope.engine.store.listDatabases()) {
    if (dbId !== null && db.databaseId !== dbId) continue;
    const file = databaseFile(s, db.name) || db.file;
    for (const [id, path] of [[1, file], [2, `${file}-wal`]] as const) {
      if (fileId !== null && fileId !== id) continue;
      // file_handle: a Windows HANDLE in SQL Server; msxd's files belong to SQLite, so zeros
      out.push([db.databaseId, id, sampleMs, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n, BigInt(fileBytesOrZero(path)), Buffer.alloc(8)]);
    }
  }
  return out;
}

function currentFacts(scope: Scope): { db: DatabaseInfo; facts: DatabaseFileFacts } | undefined {
  const s = scope.session.storage;
  const db = scope.engine.store.listDatabases().find((d) => d.name.toLowerCase() === scope.session.database.toLowerCase());
  return s && db ? { db, facts: databaseFileFacts(s, db.name) } : undefined;
}

/** 8-KB pages holding `sqlitePages` SQLite pages: the file's last half page counts as one (round up); free space only in whole pages */
const sqlPages = (sqlitePages: number, pageSize: number, round: 'up' | 'down'): bigint =>
  BigInt((round === 'up' ? Math.ceil : Math.floor)((sqlitePages * pageSize) / SQL_PAGE_BYTES));

export const dmDbFileSpaceUsage: SystemView = {
  name: 'sys.dm_db_file_space_usage',
  columns: [
    col('database_id', SMALLINT), col('file_id', SMALLINT), col('filegroup_id', SMALLINT), col('total_page_count', BIGINT),
    col('allocated_extent_page_count', BIGINT), col('unallocated_extent_page_count', BIGINT),
    col('version_store_reserved_page_count', BIGINT), col('user_object_reserved_page_count', BIGINT),
    col('internal_object_reserved_page_count', BIGINT), col('mixed_extent_page_count', BIGINT),
    col('modified_extent_page_count', BIGINT),
  ],
  rows(scope) {
    requireServerState(scope, PERMISSION);
    const current = currentFacts(scope);
    if (!current) return [];
    const { pageSize, pageCount, freePages } = current.facts;
    const total = sqlPages(pageCount, pageSize, 'up');
    const unallocated = sqlPages(freePages, pageSize, 'down');
    return [[current.db.databaseId, 1, 1, total, total - unallocated, unallocated, 0n, 0n, 0n, 0n, 0n]];
  },
};

export const dmDbLogSpaceUsage: SystemView = {
  name: 'sys.dm_db_log_space_usage',
  columns: [
    col('database_id', INT), col('total_log_size_in_bytes', BIGINT), col('used_log_space_in_bytes', BIGINT),
    col('used_log_space_in_percent', REAL), col('log_space_in_bytes_since_last_backup', BIGINT),
  ],
  rows(scope) {
    requireServerState(scope, PERMISSION);
    const current = currentFacts(scope);
    if (!current) return [];
    const { pageSize, walBytes, walFramesLive } = current.facts;
    // a WAL frame is a 24-byte header and one page, after the WAL's own 32-byte header
    const used = walFramesLive === 0 ? 0 : Math.min(walBytes, 32 + walFramesLive * (pageSize + 24));
    return [[current.db.databaseId, BigInt(walBytes), BigInt(used), walBytes === 0 ? 0 : (used / walBytes) * 100, BigInt(used)]];
  },
};

export const sysDatabaseRecoveryStatus: SystemView = {
  name: 'sys.database_recovery_status',
  columns: [
    col('database_id', INT, false), col('database_guid', UNIQUEIDENTIFIER), col('family_guid', UNIQUEIDENTIFIER),
    col('last_log_backup_lsn', NUMERIC_25), col('recovery_fork_guid', UNIQUEIDENTIFIER), col('first_recovery_fork_guid', UNIQUEIDENTIFIER),
    col('fork_point_lsn', NUMERIC_25),
  ],
  rows(scope) {
    return scope.engine.store.listDatabases()
      .filter((db) => scope.session.isSysadmin || isDbOwner(scope, db.name))
      .map((db) => [db.databaseId, null, null, null, null, null, null]);
  },
};

export const FILE_SPACE_VIEWS: readonly SystemView[] = [dmDbFileSpaceUsage, dmDbLogSpaceUsage, sysDatabaseRecoveryStatus];
