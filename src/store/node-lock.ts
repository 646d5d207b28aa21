import { join } from 'node:path';
import Database from 'better-sqlite3';

// One msxd process per data folder: a second one would recreate tempdb under the first and
// break its write-lock hand-over. The guard is an SQLite file held in EXCLUSIVE locking mode:
// the OS lock lives exactly as long as the process (released even by kill -9, unlike a pid
// file), and SQLite's own in-process lock table also refuses a second open by this process.
const LOCK_FILE = 'msxd.lock';

export class NodeLock {
  private constructor(private readonly db: Database.Database) {}

  static acquire(dataDir: string): NodeLock {
    const db = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (at TEXT); COMMIT;');
    } catch (e) {
      db.close();
      if ((e as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new Error(`store: data folder ${dataDir} is in use by another msxd process`);
      }
      throw e;
    }
    return new NodeLock(db);
  }

  release(): void {
    this.db.close();
  }
}
