// A database's SQLite image as BACKUP/RESTORE move it: a consistent copy taken with SQLite's
// online backup API while other connections keep reading and writing, and the installation of an
// image as a database file (RESTORE). The media format around the image is the engine's.
import { constants, promises as fsp, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseImage } from './api';


/**
 * Pages copied per step of sqlite3_backup_step. better-sqlite3 runs one step per turn of the event
 * loop, so a step must stay short (4 MB of 4 KB pages is a few ms); a commit by another connection
 * between steps makes SQLite restart the copy, so it must not be tiny either.
 */
const PAGES_PER_STEP = 1024;

/**
 * Copies the committed state of the database file `file` through a new file `destination` (in
 * the data folder: mode 0700, the image holds the data) that is a standalone SQLite database
 * (rollback journal, no -wal beside it), returns its bytes and removes it. Readers and writers of the
 * node go on meanwhile: the copy reads through its own read-only connection (a WAL snapshot per
 * step), so uncommitted changes of an open transaction are never in it.
 */
export async function copyDatabaseImage(file: string, destination: string): Promise<DatabaseImage> {
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    try {
      await source.backup(destination, { progress: () => PAGES_PER_STEP });
    } finally {
      source.close();
    }
    const copy = new Database(destination, { timeout: 0 });
    let pageCount: number;
    let pageSize: number;
    try {
      // the source's WAL flag comes along with its header: the image is one self-contained file
      copy.pragma('journal_mode = DELETE');
      pageCount = copy.pragma('page_count', { simple: true }) as number;
      pageSize = copy.pragma('page_size', { simple: true }) as number;
    } finally {
      copy.close();
    }
    return { pageCount, pageSize, data: await fsp.readFile(destination) };
  } finally {
    await Promise.all(['', '-journal', '-wal', '-shm'].map((x) => fsp.rm(`${destination}${x}`, { force: true })));
  }
}

/**
 * Makes the image written at `staged` a database file of the node: checks it is a SQLite database
 * holding msxd's catalogue, switches it to WAL, flushes it to disk. Throws when it is not one.
 */
export async function prepareStagedImage(staged: string): Promise<void> {
  await fsp.chmod(staged, 0o600);
  const db = new Database(staged, { timeout: 0, fileMustExist: true });
  try {
    const catalog = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__msxd_objects'").get();
    if (!catalog) throw new Error('store: the image holds no msxd catalogue');
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  await fsyncFile(staged);
}

/**
 * Replaces `file` (and its -wal/-shm: frames of the old database must never be replayed onto the
 * new one) with `staged`, synchronously: the caller has just made sure no connection has the file
 * open, and no session may attach it in between. flushFolder then makes the rename durable.
 */
export function installStagedImage(staged: string, file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(staged, file);
}

export async function flushFolder(file: string): Promise<void> {
  await fsyncFile(dirname(file), true);
}

async function fsyncFile(path: string, directory = false): Promise<void> {
  const handle = await fsp.open(path, directory ? constants.O_RDONLY : constants.O_RDWR);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
