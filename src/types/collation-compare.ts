// String comparison under the server collation SQL_Latin1_General_CP1_CI_AS: case-insensitive,
// accent-sensitive, trailing spaces ignored (ANSI padding), punctuation before digits before
// letters (ICU's root order: collation-sort-key.ts, shared with the SQLite path); collationKey() gives
// the equivalence classes, and compareStrings() never calls two strings with different keys equal.

import { ciSortKey } from './collation-sort-key';

function trimTrailingSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x20) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Equal keys exactly when the strings compare equal (for GROUP BY / DISTINCT / hashing). */
export function collationKey(s: string): string {
  return trimTrailingSpaces(s).normalize('NFC').toLocaleUpperCase('en-US');
}

/** The order SQLite gives the same strings (ciSortKey), so the interpreter and SQL agree. */
export function compareStrings(a: string, b: string): -1 | 0 | 1 {
  const ka = collationKey(a);
  const kb = collationKey(b);
  if (ka === kb) return 0;
  const sa = ciSortKey(a);
  const sb = ciSortKey(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  return ka < kb ? -1 : 1;
}

export function stringsEqual(a: string, b: string): boolean {
  return collationKey(a) === collationKey(b);
}

/** Binary data compares bytewise; the shorter value is padded with zero bytes (as ANSI padding). */
export function compareBinary(a: Buffer, b: Buffer): -1 | 0 | 1 {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * uniqueidentifier order (SQL Server, as .NET's SqlGuid): bytes 10-15, then 8-9, 6-7, 4-5 and 0-3
 * of the stored GUID, whose first three groups are stored little-endian: in the text form the last
 * group counts most, and inside each of the first three groups the last byte written counts first.
 * One key for every path (interpreter comparisons, SQLite ORDER BY and predicates, sql_variant) so
 * that they cannot disagree.
 */
export function guidOrderKey(g: string): string {
  const h = g.replace(/-/g, '').toUpperCase();
  return `${h.slice(20)}${h.slice(16, 20)}${swapBytes(h.slice(12, 16))}${swapBytes(h.slice(8, 12))}${swapBytes(h.slice(0, 8))}`;
}

/** the hex digits of a little-endian group, most significant byte first */
function swapBytes(hex: string): string {
  let out = '';
  for (let i = hex.length - 2; i >= 0; i -= 2) out += hex.slice(i, i + 2);
  return out;
}

export function compareGuids(a: string, b: string): -1 | 0 | 1 {
  const x = guidOrderKey(a);
  const y = guidOrderKey(b);
  return x === y ? 0 : x < y ? -1 : 1;
}
