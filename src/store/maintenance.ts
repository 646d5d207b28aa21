// What SQL Server's maintenance commands do to a database, done to its SQLite file: integrity
// check (DBCC CHECKDB/CHECKTABLE), WAL checkpoint (CHECKPOINT), VACUUM (DBCC SHRINKDATABASE/
// SHRINKFILE), ANALYZE (UPDATE STATISTICS), REINDEX (ALTER INDEX REBUILD), page counts (dbstat).
// Every function works through the session's connection on a database it has attached
// (`SessionStorage.sqliteSchema`), so the engine never writes SQLite text of its own.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { SessionStorage } from './api';
import { endReadSnapshots } from './commit-count';

/** the size and fill of a database's files */
export interface DatabaseFileFacts {
  /** bytes per SQLite page */
  readonly pageSize: number;
  /** pages in the database file */
  readonly pageCount: number;
  /** pages on the free list (what VACUUM gives back) */
  readonly freePages: number;
  readonly fileBytes: number;
  /** the -wal file's size (0 when absent): SQL Server's log file */
  readonly walBytes: number;
  /** WAL frames not yet copied into the database file (the live part of the log) */
  readonly walFramesLive: number;
}

/** Problems SQLite's integrity check finds (empty: none). `table` is a SQLite table name. */
export function checkIntegrity(session: SessionStorage, database: string, table?: string): string[] {
  const schema = session.sqliteSchema(database);
  try {
    const rows = table === undefined
      ? session.all<{ integrity_check: string }>(`PRAGMA ${schema}.integrity_check`)
      : session.all<{ integrity_check: string }>(`PRAGMA ${schema}.integrity_check(${quoteText(table)})`);
    const lines = rows.map((r) => r.integrity_check);
    return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
  } catch (e) {
    // a page SQLite cannot even parse stops the check with SQLITE_CORRUPT / SQLITE_NOTADB
    if (isCorruption(e)) return [(e as Error).message];
    throw e;
  }
}

function isLockError(e: unknown): boolean {
  const x = e as { code?: unknown; number?: unknown } | null;
  return x?.number === 1222 || (typeof x?.code === 'string' && (x.code.startsWith('SQLITE_BUSY') || x.code.startsWith('SQLITE_LOCKED')));
}

/** Whether an error thrown by a store call is SQLite reporting a damaged file. */
export function isCorruption(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function databaseFileFacts(session: SessionStorage, database: string): DatabaseFileFacts {
  const schema = session.sqliteSchema(database);
  const file = databaseFile(session, database);
  const pageSize = Number(session.get<{ page_size: number }>(`PRAGMA ${schema}.page_size`)?.page_size ?? 4096);
  const pageCount = Number(session.get<{ page_count: number }>(`PRAGMA ${schema}.page_count`)?.page_count ?? 0);
  const freePages = Number(session.get<{ freelist_count: number }>(`PRAGMA ${schema}.freelist_count`)?.freelist_count ?? 0);
  const { walBytes, usedPercent } = walFacts(file);
  // a WAL frame is a 24-byte header plus one page, after the WAL's 32-byte header
  const frames = walBytes > 32 ? Math.floor((walBytes - 32) / (pageSize + 24)) : 0;
  const walFramesLive = Math.round((frames * usedPercent) / 100);
  return { pageSize, pageCount, freePages, fileBytes: sizeOf(file), walBytes, walFramesLive };
}

export interface CheckpointResult {
  /** a reader or writer kept part of the WAL from being copied */
  readonly busy: boolean;
  readonly walBytesBefore: number;
  readonly walBytesAfter: number;
}

/**
 * CHECKPOINT: copies the WAL into the database file and truncates it to zero bytes
 * (wal_checkpoint(TRUNCATE)). Other sessions' idle read snapshots are ended first; an open
 * transaction of another session still keeps its part of the WAL (busy).
 */
export function checkpointDatabase(session: SessionStorage, database: string): CheckpointResult {
  const schema = session.sqliteSchema(database);
  const file = databaseFile(session, database);
  const walBytesBefore = sizeOf(`${file}-wal`);
  endReadSnapshots();
  try {
    const row = session.get<{ busy: number }>(`PRAGMA ${schema}.wal_checkpoint(TRUNCATE)`);
    return { busy: (row?.busy ?? 0) !== 0, walBytesBefore, walBytesAfter: sizeOf(`${file}-wal`) };
  } catch (e) {
    // inside the session's own write transaction SQLite cannot checkpoint (SQLITE_LOCKED, which
    // the session reports as 1222): SQL Server's CHECKPOINT still succeeds there, so report busy
    if (!isLockError(e)) throw e;
    return { busy: true, walBytesBefore, walBytesAfter: sizeOf(`${file}-wal`) };
  }
}

/**
 * DBCC SHRINKDATABASE / SHRINKFILE: checkpoint, VACUUM (rewrites the file without its free
 * pages), checkpoint again so the rewritten pages land in the file and the WAL is emptied.
 * Never inside a transaction (SQLite cannot VACUUM in one).
 */
export function shrinkDatabase(session: SessionStorage, database: string): DatabaseFileFacts {
  const schema = session.sqliteSchema(database);
  checkpointDatabase(session, database);
  session.run(`VACUUM ${schema}`);
  checkpointDatabase(session, database);
  return databaseFileFacts(session, database);
}

/** UPDATE STATISTICS / sp_updatestats: SQLite's ANALYZE of one table, or of the whole database. */
export function analyzeStatistics(session: SessionStorage, database: string, table?: string): void {
  const schema = session.sqliteSchema(database);
  session.run(table === undefined ? `ANALYZE ${schema}` : `ANALYZE ${schema}.${quoteName(table)}`);
}

/** ALTER INDEX ... REBUILD: SQLite's REINDEX of a table's indexes, or of one index. */
export function rebuildIndexes(session: SessionStorage, database: string, tableOrIndex: string): void {
  session.run(`REINDEX ${session.sqliteSchema(database)}.${quoteName(tableOrIndex)}`);
}

/** the SQLite indexes of a table (name, and whether SQLite made it for a UNIQUE/PRIMARY KEY) */
export function tableIndexes(session: SessionStorage, database: string, table: string): { name: string; auto: boolean }[] {
  const schema = session.sqliteSchema(database);
  return session.all<{ name: string }>(`SELECT name FROM ${schema}.sqlite_master WHERE type = 'index' AND tbl_name = ?`, [table])
    .map((r) => ({ name: r.name, auto: r.name.startsWith('sqlite_autoindex_') }));
}

/** pages of a table or index (SQLite's dbstat: every b-tree and overflow page it owns) */
export function objectPageCount(session: SessionStorage, database: string, name: string): number {
  const alias = unquote(session.sqliteSchema(database));
  return Number(session.get<{ n: number }>('SELECT count(*) AS n FROM dbstat(?) WHERE name = ?', [alias, name])?.n ?? 0);
}

/** a database file's log (its WAL), read without opening the database: DBCC SQLPERF(LOGSPACE) */
export interface WalFacts {
  readonly walBytes: number;
  /** the share of the WAL's frames not yet copied into the database file (0-100) */
  readonly usedPercent: number;
}

/**
 * The WAL's size, and how much of it holds frames a checkpoint has not copied yet: the wal-index
 * (-shm) header's mxFrame (offset 16) and its checkpoint record's nBackfill (offset 96), native
 * byte order (SQLite's "WAL-index Format"). The frame size comes from the WAL header (offset 8).
 */
export function walFacts(databaseFile: string): WalFacts {
  const walBytes = sizeOf(`${databaseFile}-wal`);
  if (walBytes <= 32) return { walBytes, usedPercent: 0 };
  const wal = readHead(`${databaseFile}-wal`, 32);
  const shm = readHead(`${databaseFile}-shm`, 136);
  if (!wal || !shm) return { walBytes, usedPercent: 0 };
  const pageSize = wal.readUInt32BE(8) === 1 ? 65536 : wal.readUInt32BE(8);
  const frames = Math.floor((walBytes - 32) / (pageSize + 24));
  const le = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const mxFrame = le ? shm.readUInt32LE(16) : shm.readUInt32BE(16);
  const backfilled = le ? shm.readUInt32LE(96) : shm.readUInt32BE(96);
  const live = Math.max(0, mxFrame - backfilled);
  return { walBytes, usedPercent: frames === 0 ? 0 : Math.min(100, (live / frames) * 100) };
}

/** DBCC DROPCLEANBUFFERS: frees this connection's page cache (PRAGMA shrink_memory) */
export function releaseCacheMemory(session: SessionStorage): void {
  session.run('PRAGMA shrink_memory');
}

function readHead(path: string, bytes: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const b = Buffer.alloc(bytes);
    return readSync(fd, b, 0, bytes, 0) === bytes ? b : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** one b-tree (a table or an index) of a database file, as SQLite's dbstat sees its pages */
export interface BtreeStats {
  /** the SQLite table or index name */
  readonly name: string;
  /** every page it owns: interior, leaf and overflow */
  readonly pages: number;
  /** levels from the root to the leaves (1: the root is a leaf) */
  readonly depth: number;
  readonly leafPages: number;
  /** cells on the leaf pages (rows of a table, entries of an index) */
  readonly records: number;
  /** average share of a leaf page holding cells (0-100) */
  readonly usedPercent: number;
  /** leaf pages whose successor in key order is not the next page of the file: SQL Server's fragments */
  readonly fragments: number;
  /** leaf pages whose successor in key order lies before them in the file (logical fragmentation) */
  readonly outOfOrder: number;
  readonly maxRecordBytes: number;
  readonly avgRecordBytes: number;
}

/** sys.dm_db_index_physical_stats: every b-tree of the database (SQLite's dbstat virtual table) */
export function btreeStats(session: SessionStorage, database: string): BtreeStats[] {
  const alias = unquote(session.sqliteSchema(database));
  const rows = session.all<{ name: string; path: string; pageno: number; pagetype: string; ncell: number; payload: number;
    unused: number; mx_payload: number; pgsize: number }>(
    'SELECT name, path, pageno, pagetype, ncell, payload, unused, mx_payload, pgsize FROM dbstat(?) ORDER BY name, path', [alias]);
  const byName = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byName.get(r.name) ?? [];
    list.push(r);
    byName.set(r.name, list);
  }
  return [...byName].map(([name, pages]) => {
    const leaves = pages.filter((p) => p.pagetype === 'leaf');
    let fragments = leaves.length > 0 ? 1 : 0;
    let outOfOrder = 0;
    for (let i = 1; i < leaves.length; i++) {
      if (leaves[i]!.pageno !== leaves[i - 1]!.pageno + 1) fragments++;
      if (leaves[i]!.pageno < leaves[i - 1]!.pageno) outOfOrder++;
    }
    const records = leaves.reduce((n, p) => n + p.ncell, 0);
    const payload = leaves.reduce((n, p) => n + p.payload, 0);
    const used = leaves.reduce((n, p) => n + (p.pgsize - p.unused) / p.pgsize, 0);
    return {
      name, pages: pages.length, leafPages: leaves.length, records, fragments, outOfOrder,
      depth: Math.max(1, ...pages.filter((p) => p.pagetype !== 'overflow').map((p) => p.path.split('/').length - 1)),
      usedPercent: leaves.length === 0 ? 0 : (used / leaves.length) * 100,
      maxRecordBytes: Math.max(0, ...leaves.map((p) => p.mx_payload)),
      avgRecordBytes: records === 0 ? 0 : payload / records,
    };
  });
}

/** the database's file path, as SQLite attached it */
export function databaseFile(session: SessionStorage, database: string): string {
  const alias = unquote(session.sqliteSchema(database));
  const row = session.all<{ name: string; file: string }>('PRAGMA database_list').find((r) => r.name === alias);
  return row?.file ?? '';
}

function sizeOf(path: string): number {
  if (path === '' || path === '-wal') return 0;
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function unquote(quoted: string): string {
  return quoted.startsWith('"') ? quoted.slice(1, -1).replace(/""/g, '"') : quoted;
}
