// test/tsql/KNOWN_FAILURES: `<area>/<case>.sql  <reason>` per line, `#` comments. A listed file is
// still run and reported but does not fail the suite; a listed file that passes does, so the list
// can only shrink.
import { existsSync, readFileSync } from 'node:fs';

export function readKnownFailures(path: string): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(path)) return known;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const space = line.search(/\s/);
    const file = space < 0 ? line : line.slice(0, space);
    const reason = space < 0 ? '' : line.slice(space).trim();
    if (known.has(file)) throw new Error(`${path}: ${file} listed twice`);
    known.set(file, reason);
  }
  return known;
}
