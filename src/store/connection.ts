import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { registerFunctions } from './sqlite-functions';
import { quoteIdent } from './sqlite-names';
import { applyConnectionFunctions } from './user-functions';

// Every SQLite connection of the node is opened here, so the durability and locking settings
// cannot be forgotten:
//  - timeout 0 (busy_timeout): SQLite would otherwise sleep *inside* the call, blocking the event
//    loop; the store waits asynchronously instead (write-lock.ts).
//  - synchronous=FULL per schema: the build's default for WAL files is NORMAL, which may lose the
//    last commits on power loss. FULL fsyncs the WAL at each COMMIT.
export function openConnection(file: string): Database.Database {
  const db = new Database(file, { timeout: 0 });
  db.pragma('busy_timeout = 0');
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = FULL');
  registerFunctions(db);
  applyConnectionFunctions(db);
  return db;
}

/** Per-schema settings after ATTACH (synchronous is per attached database, not per connection). */
export function configureAttached(db: Database.Database, alias: string): void {
  db.pragma(`${quoteIdent(alias)}.synchronous = FULL`);
}

/** Creates an empty database file in WAL mode with owner-only permissions. */
export function createDatabaseFile(path: string): void {
  // SQLite gives its -wal/-shm files the mode of the database file, so 0600 here covers all three.
  closeSync(openSync(path, 'wx', 0o600));
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
