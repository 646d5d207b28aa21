// Explicit COLLATE clauses: which Windows/SQL collation names msxd understands and how strings
// compare under them. Only comparison changes (case, accent, binary order); the code page is
// always 1252, so only Latin1_General names are accepted ("Windows Collation Name", "SQL Server
// Collation Name"). The server collation itself is collation-compare.ts.
import { compareStrings } from './collation-compare';

export interface CollationRule {
  readonly name: string;
  readonly binary: boolean;
  readonly caseSensitive: boolean;
  readonly accentSensitive: boolean;
}

const NAME = /^(SQL_)?Latin1_General(?:_CP1)?(?:_\d{2,3})?_(BIN2?|C([IS])_A([IS])(?:_KS)?(?:_WS)?(?:_SC)?(?:_UTF8)?)$/i;

/** The rule of a collation name; DATABASE_DEFAULT is the server's; undefined when unknown (448). */
export function collationRule(name: string): CollationRule | undefined {
  if (name.toUpperCase() === 'DATABASE_DEFAULT') return { name, binary: false, caseSensitive: false, accentSensitive: true };
  const m = NAME.exec(name);
  if (!m) return undefined;
  const binary = m[2]!.toUpperCase().startsWith('BIN');
  return { name, binary, caseSensitive: binary || m[3]!.toUpperCase() === 'S', accentSensitive: binary || m[4]!.toUpperCase() === 'S' };
}

const collators = {
  variant: new Intl.Collator('en', { sensitivity: 'variant', caseFirst: 'lower' }),
  case: new Intl.Collator('en', { sensitivity: 'case', caseFirst: 'lower' }),
  base: new Intl.Collator('en', { sensitivity: 'base' }),
};

const trim = (s: string): string => s.replace(/ +$/, '').normalize('NFC');

export function compareStringsUnder(rule: CollationRule, a: string, b: string): -1 | 0 | 1 {
  const x = trim(a);
  const y = trim(b);
  if (rule.binary) return x === y ? 0 : x < y ? -1 : 1;
  if (!rule.caseSensitive && rule.accentSensitive) return compareStrings(x, y);
  const collator = rule.caseSensitive ? (rule.accentSensitive ? collators.variant : collators.case) : collators.base;
  const c = collator.compare(x, y);
  return c === 0 ? 0 : c < 0 ? -1 : 1;
}
