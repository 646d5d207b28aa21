// Locates the repository root from either the TypeScript sources (run under tsx) or the compiled
// tree (dist/test/...), so helpers can find src/main.ts, dist/src/main.js and test/clients/*.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

export function repoRoot(): string {
  if (cached !== undefined) return cached;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'msxd') {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`msxd package.json not found above ${__dirname}`);
    dir = parent;
  }
}

/** True when this code runs from TypeScript sources (tsx), false when from dist/. */
export function runningFromSources(): boolean {
  return __filename.endsWith('.ts');
}
