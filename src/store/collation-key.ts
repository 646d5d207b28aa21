// SQL_Latin1_General_CP1_CI_AS as a sort key, because better-sqlite3 12 cannot register a
// collation sequence: SQLite compares keys with BINARY (memcmp of UTF-8 = code-point order).
// Local to store on purpose (src/types has its own comparer); de-duplicate once both settle.
//
// Key = primary ‖ U+0001 ‖ secondary.
//   primary   : NFKD (width-insensitive), combining marks removed, upper-cased: the letters
//               only, so 'e' < 'é' < 'f' as in a dictionary (accents only break ties).
//   secondary : NFKD upper-cased text with its marks: two strings with equal keys are equal
//               case-insensitively *with* their accents (accent-sensitive).
// Trailing U+0020 are ignored, as in SQL Server's padded comparison.
// This key is for equality (expression indexes, catalogue name_key columns, GROUP BY): its order
// is code-point order of the upper-cased letters, so ORDER BY and range comparisons use
// msxd_ci_sort_key (types/collation-sort-key.ts), whose order is the collation's and whose
// equality is this key's.
import { ciSortKey } from '../types/collation-sort-key';

const COMBINING_MARKS = /\p{M}/gu;
const TRAILING_SPACES = / +$/;

export function ciKey(value: string): string {
  const trimmed = value.replace(TRAILING_SPACES, '');
  const folded = trimmed.normalize('NFKD').toUpperCase();
  const primary = folded.replace(COMBINING_MARKS, '');
  return `${primary}\u0001${folded}`;
}

/** CI_AS order (types/collation-sort-key.ts): 0 exactly when the equality keys are equal */
export function ciCompare(a: string, b: string): -1 | 0 | 1 {
  const ka = ciSortKey(a);
  const kb = ciSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function ciEquals(a: string, b: string): boolean {
  return ciKey(a) === ciKey(b);
}
