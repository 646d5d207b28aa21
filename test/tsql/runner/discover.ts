// Finds the case files: test/tsql/<area>/<case>.sql, each with <case>.expected beside it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface CaseFile {
  /** `<area>/<case>.sql`, the name used in KNOWN_FAILURES and reports */
  readonly id: string;
  readonly area: string;
  readonly sqlPath: string;
  readonly expectedPath: string;
  /** database created for this file */
  readonly database: string;
}

export function discoverCases(root: string): CaseFile[] {
  const cases: CaseFile[] = [];
  for (const area of readdirSync(root).sort()) {
    const dir = path.join(root, area);
    if (area === 'runner' || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.sql')) continue;
      const name = file.slice(0, -'.sql'.length);
      cases.push({
        id: `${area}/${file}`,
        area,
        sqlPath: path.join(dir, file),
        expectedPath: path.join(dir, `${name}.expected`),
        database: `tsql_${area}_${name}`.replace(/[^A-Za-z0-9_]/g, '_'),
      });
    }
  }
  return cases;
}

export const hasExpected = (c: CaseFile): boolean => existsSync(c.expectedPath);
