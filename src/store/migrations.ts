import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LockWait, SessionStorage } from './api';
import { localNowTicks } from './datetime-ticks';

// Numbered, append-only schema scripts (sql/NNNN_name.sql) applied to one database. The scripts
// are T-SQL, so the runner never executes them: `apply` hands the text to the engine. What ran is
// recorded in the database's __msxd_migrations with its SHA-256, and an edited script that
// already ran is refused: schema history must stay reproducible from the files.

export interface MigrationScript {
  readonly id: number;
  readonly name: string;
  readonly text: string;
}

export interface MigrationOptions {
  readonly session: SessionStorage;
  readonly database: string;
  /** a folder of NNNN_name.sql files, or the scripts themselves */
  readonly scripts: string | readonly MigrationScript[];
  /** runs one script's T-SQL (the engine); must throw on failure */
  readonly apply: (text: string, script: MigrationScript) => Promise<void>;
  readonly wait?: LockWait;
}

const FILE_NAME = /^(\d{4})_([A-Za-z0-9_-]+)\.sql$/;

export function readMigrationFolder(dir: string): MigrationScript[] {
  const scripts: MigrationScript[] = [];
  for (const file of readdirSync(dir)) {
    const m = FILE_NAME.exec(file);
    if (!m) continue;
    scripts.push({ id: Number(m[1]), name: file, text: readFileSync(join(dir, file), 'utf8') });
  }
  return checkOrder(scripts);
}

/** Applies what has not run yet, in id order; returns the ids applied now. */
export async function runMigrations(options: MigrationOptions): Promise<number[]> {
  const { session: s, database } = options;
  const scripts = typeof options.scripts === 'string' ? readMigrationFolder(options.scripts) : checkOrder([...options.scripts]);
  const db = s.sqliteSchema(database);
  const done = new Map(s.all<{ id: number; name: string; sha256: string }>(`SELECT id, name, sha256 FROM ${db}.__msxd_migrations`)
    .map((r) => [r.id, r]));
  const applied: number[] = [];
  for (const script of scripts) {
    const sha = sha256(script.text);
    const previous = done.get(script.id);
    if (previous) {
      if (previous.sha256 !== sha) {
        throw new Error(`store: migration ${script.name} changed after it was applied to ${database} (scripts are append-only)`);
      }
      continue;
    }
    // A crash between apply and the record re-applies the script at the next start: scripts are
    // written to be re-runnable (IF OBJECT_ID(...) IS NULL ...).
    await options.apply(script.text, script);
    await s.withWriteLock(() => s.run(`INSERT INTO ${db}.__msxd_migrations (id, name, sha256, applied_at) VALUES (?, ?, ?, ?)`,
      [script.id, script.name, sha, localNowTicks()]), options.wait ?? { lockTimeoutMs: 10_000 });
    applied.push(script.id);
  }
  return applied;
}

function checkOrder(scripts: MigrationScript[]): MigrationScript[] {
  scripts.sort((a, b) => a.id - b.id);
  for (let i = 1; i < scripts.length; i++) {
    if (scripts[i]?.id === scripts[i - 1]?.id) throw new Error(`store: two migrations numbered ${scripts[i]?.id}`);
  }
  return scripts;
}

function sha256(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}
