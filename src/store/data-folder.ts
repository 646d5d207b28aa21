import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hashPassword } from './password-hash';
import { initCatalog } from './catalog-init';
import { ciKey } from './collation-key';
import { createDatabaseFile, openConnection } from './connection';
import { localNowTicks } from './datetime-ticks';
import {
  FIXED_SERVER_ROLES, SA_PRINCIPAL_ID, SA_SID, SERVER_SCHEMA_SQL, SERVER_SCHEMA_VERSION, SYSADMIN_ROLE_ID,
  SYSTEM_DATABASES, USER_DATABASE_FOLDER,
} from './server-schema';
import { SERVER_COLLATION } from '../types/collation';

// The data folder's lifecycle (README "Data folder layout"): first-start creation and the
// per-start tempdb reset. A first start that crashed half-way left master.sqlite without its
// 'initialized' row; such a folder is rebuilt from scratch (it never held user data).

export const SECRET_KEY_FILE = 'secret.key';
const MASTER_FILE = 'master.sqlite';

export function ensureFolders(dataDir: string): void {
  mkdirSync(join(dataDir, USER_DATABASE_FOLDER), { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
}

export function isInitialized(dataDir: string): boolean {
  const path = join(dataDir, MASTER_FILE);
  if (!existsSync(path)) return false;
  const db = new Database(path, { timeout: 0, readonly: true });
  try {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = '__msxd_server_meta'").get();
    if (!hasMeta) return false;
    return db.prepare("SELECT 1 FROM __msxd_server_meta WHERE key = 'initialized'").get() !== undefined;
  } finally {
    db.close();
  }
}

/**
 * Images a BACKUP was copying or a RESTORE was staging when the node stopped (kill -9) are never
 * taken up again: removed at start, before any session (names from database-image.ts users).
 */
export function removeStaleImages(dataDir: string): void {
  const folder = join(dataDir, USER_DATABASE_FOLDER);
  for (const name of readdirSync(folder)) {
    if (/^(backup|restore)-[0-9a-f-]{36}\.sqlite(-wal|-shm|-journal)?$/.test(name)) rmSync(join(folder, name), { force: true });
  }
}

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** First start: system databases, server metadata and the sa login, all or nothing. */
export async function createNodeDatabases(dataDir: string, saPassword: string): Promise<void> {
  const saHash = await hashPassword(saPassword);
  for (const d of SYSTEM_DATABASES) {
    const path = join(dataDir, d.file);
    removeDatabaseFiles(path);
    createDatabaseFile(path);
    if (d.name !== 'master') withConnection(path, initCatalog);
  }
  withConnection(join(dataDir, MASTER_FILE), (db) => {
    initCatalog(db);
    const now = localNowTicks();
    db.transaction(() => {
      db.exec(SERVER_SCHEMA_SQL);
      const principal = db.prepare(`INSERT INTO __msxd_server_principals
        (principal_id, name, name_key, sid, type, is_disabled, is_fixed_role, default_database, default_language,
         password_hash, password_generation, create_date, modify_date)
        VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`);
      principal.run(SA_PRINCIPAL_ID, 'sa', ciKey('sa'), SA_SID, 'S', 0, 'master', 'us_english', saHash, 1, now, now);
      for (const r of FIXED_SERVER_ROLES) {
        principal.run(r.id, r.name, ciKey(r.name), Buffer.from([r.id]), 'R', 1, null, null, null, 0, now, now);
      }
      db.prepare('INSERT INTO __msxd_server_role_members (role_principal_id, member_principal_id) VALUES (?, ?)')
        .run(SYSADMIN_ROLE_ID, SA_PRINCIPAL_ID);
      const database = db.prepare(`INSERT INTO __msxd_databases
        (database_id, name, name_key, file, owner_sid, create_date, collation_name) VALUES (?, ?, ?, ?, ?, ?, ?)`);
      for (const d of SYSTEM_DATABASES) database.run(d.id, d.name, ciKey(d.name), d.file, SA_SID, now, SERVER_COLLATION.name);
      const meta = db.prepare('INSERT INTO __msxd_server_meta (key, value) VALUES (?, ?)');
      meta.run('server_schema_version', String(SERVER_SCHEMA_VERSION));
      meta.run('initialized', new Date().toISOString());
    }).immediate();
  });
}

/** tempdb is recreated empty at every start, as SQL Server does. */
export function resetTempdb(dataDir: string): void {
  const tempdb = SYSTEM_DATABASES.find((d) => d.name === 'tempdb');
  if (!tempdb) return;
  const path = join(dataDir, tempdb.file);
  removeDatabaseFiles(path);
  createDatabaseFile(path);
  withConnection(path, initCatalog);
}

export function withConnection(path: string, fn: (db: Database.Database) => void): void {
  const db = openConnection(path);
  try {
    fn(db);
  } finally {
    db.close();
  }
}
