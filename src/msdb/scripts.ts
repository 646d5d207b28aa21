// The numbered, append-only T-SQL scripts that build msdb at first start. They ship in the
// repository's sql/ folder, found from this file's location so the same code works from src/
// (tsx) and from dist/src/ (compiled): both sit below the package root that holds sql/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readMigrationFolder, type MigrationScript } from '../store/index';

let cachedDir: string | undefined;

/** Absolute path of the folder of msdb scripts (`<package root>/sql`). */
export function msdbScriptDir(): string {
  if (cachedDir !== undefined) return cachedDir;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && isMsxdManifest(manifest) && existsSync(path.join(dir, 'sql'))) {
      cachedDir = path.join(dir, 'sql');
      return cachedDir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`msdb: the sql/ folder of msxd was not found above ${__dirname}`);
    dir = parent;
  }
}

/** The msdb scripts in the order they apply (by their 4-digit number). */
export function msdbScripts(): MigrationScript[] {
  return readMigrationFolder(msdbScriptDir());
}

function isMsxdManifest(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'msxd';
  } catch {
    return false;
  }
}
