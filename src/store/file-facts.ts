// File facts the catalogue's file views read (sys.database_files, sys.master_files): the size of
// a database's SQLite file or of its WAL, which stands for SQL Server's log file. A SQLite
// function because the views are SQLite SELECTs and a database not attached to the session
// cannot be asked for its page_count.
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** Bytes of the file at `path`, or NULL when it does not exist (a WAL is removed at a clean close). */
export function fileBytes(path: unknown): number | null {
  if (typeof path !== 'string' || path === '') return null;
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

export function registerFileFunctions(db: Database.Database): void {
  db.function('msxd_file_bytes', { deterministic: false, varargs: false }, fileBytes);
}
