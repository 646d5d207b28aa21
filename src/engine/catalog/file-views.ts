// sys.master_files, sys.database_files, sys.filegroups, sys.data_spaces.
// https://learn.microsoft.com/sql/relational-databases/system-catalog-views/sys-master-files-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-catalog-views/sys-database-files-transact-sql
//
// A database is one SQLite file (file_id 1, ROWS, filegroup PRIMARY). SQL Server always has a log
// file too, and tools (SSMS, sp_helpfile, scripts summing size by type) expect one, so file_id 2
// (LOG, data_space_id 0) is the database's write-ahead log `<file>-wal`, which is what plays the
// log's part in SQLite: its size is the WAL file's (0 pages while no WAL exists).
// Sizes are 8-KB pages rounded up. A database attached to the session reports page_count ×
// page_size (exact, committed pages still in the WAL included); another one its file's size on
// disk, which equals that once the WAL is checkpointed.
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import {
  BIT, columns, DATETIME, INT, nvarchar, SYSNAME, TINYINT, UNIQUEIDENTIFIER, schemaLiteral, type ColumnSpec,
} from './view-columns';

const LSN = { kind: 'decimal', precision: 25, scale: 0, numeric: true } as const;

/** SQL Server's logical file names of the system databases; a user database has `name`, `name_log`. */
const LOGICAL_NAMES = [
  [1, 'master', 'mastlog'], [2, 'tempdev', 'templog'], [3, 'modeldev', 'modellog'], [4, 'MSDBData', 'MSDBLog'],
] as const;

/** The logical names of a database's data file (file_id 1) and log (file_id 2). */
export function logicalFileNames(databaseId: number, name: string): readonly [data: string, log: string] {
  const known = LOGICAL_NAMES.find(([id]) => id === databaseId);
  return known ? [known[1], known[2]] : [name, `${name}_log`];
}

/** SQL Server's default growth of a new database's files: 64 MB, in 8-KB pages. */
const GROWTH_PAGES = 8192;
/** max_size of a log file: 2 TB in 8-KB pages, as SQL Server shows for an unlimited log. */
const LOG_MAX_SIZE = 268435456;
const PAGE_BYTES = 8192;

const FILE_COLUMNS: readonly ColumnSpec[] = [
  ['file_id', INT], ['file_guid', UNIQUEIDENTIFIER, true], ['type', TINYINT], ['type_desc', nvarchar(60), true],
  ['data_space_id', INT], ['name', SYSNAME], ['physical_name', nvarchar(260)], ['state', TINYINT, true],
  ['state_desc', nvarchar(60), true], ['size', INT], ['max_size', INT], ['growth', INT], ['is_media_read_only', BIT],
  ['is_read_only', BIT], ['is_sparse', BIT], ['is_percent_growth', BIT], ['is_name_reserved', BIT],
  ['is_persistent_log_buffer', BIT], ['create_lsn', LSN, true], ['drop_lsn', LSN, true], ['read_only_lsn', LSN, true],
  ['read_write_lsn', LSN, true], ['differential_base_lsn', LSN, true], ['differential_base_guid', UNIQUEIDENTIFIER, true],
  ['differential_base_time', DATETIME, true], ['redo_start_lsn', LSN, true], ['redo_start_fork_guid', UNIQUEIDENTIFIER, true],
  ['redo_target_lsn', LSN, true], ['redo_target_fork_guid', UNIQUEIDENTIFIER, true], ['backup_lsn', LSN, true],
];

const pageCount = (bytes: string): string => `CAST((${bytes} + ${PAGE_BYTES - 1}) / ${PAGE_BYTES} AS INTEGER)`;

/** (database_id, name, path, data_bytes) of every database; the folder is master's path minus master's relative file. */
function databasePathsSql(ctx: SystemViewContext): string {
  const m = ctx.masterSchema;
  return `SELECT d.database_id, d.name, f.dir || d.file AS path FROM ${m}.__msxd_databases d,
      (SELECT substr(pl.file, 1, length(pl.file) - length(r.file)) AS dir FROM pragma_database_list pl, ${m}.__msxd_databases r
        WHERE pl.name = ${schemaLiteral(m)} AND r.database_id = 1) f`;
}

function dataBytesSql(path: string): string {
  return `coalesce((SELECT pc.page_count * ps.page_size FROM pragma_database_list pl, pragma_page_count(pl.name) pc,
      pragma_page_size(pl.name) ps WHERE pl.file = ${path}), msxd_file_bytes(${path}), 0)`;
}

function logicalName(kind: 1 | 2): string {
  const known = LOGICAL_NAMES.map(([id, data, log]) => `WHEN ${id} THEN '${kind === 1 ? data : log}'`).join(' ');
  return `CASE p.database_id ${known} ELSE p.name${kind === 2 ? " || '_log'" : ''} END`;
}

const NOT_KEPT = ['0', '0', '0', '0', '0', '0', ...Array<string>(12).fill('NULL')];

/** One row per file, columns c0 (database_id), c1... (FILE_COLUMNS in order). */
function fileRowsSql(ctx: SystemViewContext): string {
  const data = ['p.database_id', '1', 'NULL', '0', "'ROWS'", '1', logicalName(1), 'p.path', '0', "'ONLINE'",
    pageCount(dataBytesSql('p.path')), '-1', String(GROWTH_PAGES), ...NOT_KEPT];
  const log = ['p.database_id', '2', 'NULL', '1', "'LOG'", '0', logicalName(2), "p.path || '-wal'", '0', "'ONLINE'",
    pageCount(`coalesce(msxd_file_bytes(p.path || '-wal'), 0)`), String(LOG_MAX_SIZE), String(GROWTH_PAGES), ...NOT_KEPT];
  return `SELECT ${data.map((e, i) => `${e} AS c${i}`).join(', ')} FROM (${databasePathsSql(ctx)}) p
    UNION ALL SELECT ${log.join(', ')} FROM (${databasePathsSql(ctx)}) p`;
}

const fileColumnList = FILE_COLUMNS.map((_, i) => `f.c${i + 1}`).join(', ');

export const sysMasterFiles: SystemViewDefinition = {
  schema: 'sys', name: 'master_files',
  columns: columns([['database_id', INT], ...FILE_COLUMNS, ['credential_id', INT, true]]),
  sql: (ctx) => `SELECT f.c0, ${fileColumnList}, NULL FROM (${fileRowsSql(ctx)}) f ORDER BY f.c0, f.c1`,
};

export const sysDatabaseFiles: SystemViewDefinition = {
  schema: 'sys', name: 'database_files',
  columns: columns(FILE_COLUMNS),
  sql: (ctx) => `SELECT ${fileColumnList} FROM (${fileRowsSql(ctx)}) f
    WHERE f.c0 = (SELECT d.database_id FROM (${databasePathsSql(ctx)}) d
      WHERE d.path = (SELECT file FROM pragma_database_list WHERE name = ${schemaLiteral(ctx.sqliteSchema)}))
    ORDER BY f.c1`,
};

const DATA_SPACE_COLUMNS: readonly ColumnSpec[] = [
  ['name', SYSNAME], ['data_space_id', INT], ['type', { kind: 'char', length: 2 }], ['type_desc', nvarchar(60), true],
  ['is_default', BIT, true], ['is_system', BIT, true],
];
const PRIMARY_ROW = `'PRIMARY', 1, 'FG', 'ROWS_FILEGROUP', 1, 0`;

export const sysDataSpaces: SystemViewDefinition = {
  schema: 'sys', name: 'data_spaces', columns: columns(DATA_SPACE_COLUMNS), sql: () => `SELECT ${PRIMARY_ROW}`,
};

export const sysFilegroups: SystemViewDefinition = {
  schema: 'sys', name: 'filegroups',
  columns: columns([...DATA_SPACE_COLUMNS, ['filegroup_guid', UNIQUEIDENTIFIER, true], ['log_filegroup_id', INT, true],
    ['is_read_only', BIT, true], ['is_autogrow_all_files', BIT, true]]),
  sql: () => `SELECT ${PRIMARY_ROW}, NULL, NULL, 0, 0`,
};
