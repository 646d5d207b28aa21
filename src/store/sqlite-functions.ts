import type Database from 'better-sqlite3';
import { ciCompare, ciKey } from './collation-key';
import { ciSortKey } from '../types/collation-sort-key';
import { registerFileFunctions } from './file-facts';

// T-SQL semantics SQLite lacks, registered on every connection (expression indexes that use them
// can only be written by a connection that has them, hence "every"). Deterministic so they may
// appear in indexes and be constant-folded. NULL in, NULL out, as T-SQL.
export function registerFunctions(db: Database.Database): void {
  const det = { deterministic: true, varargs: false } as const;
  db.function('msxd_ci_key', det, (s: unknown) => (s === null ? null : ciKey(String(s))));
  db.function('msxd_ci_sort_key', det, (s: unknown) => (s === null ? null : ciSortKey(String(s))));
  db.function('msxd_ci_cmp', det, (a: unknown, b: unknown) =>
    a === null || b === null ? null : ciCompare(String(a), String(b)));
  db.function('msxd_dec_cmp', det, (a: unknown, b: unknown) =>
    a === null || b === null ? null : compareDecimalText(String(a), String(b)));
  registerFileFunctions(db);
}

/** Compares canonical decimal strings ('-12.50', '3') exactly, for decimal(p > 18) columns. */
export function compareDecimalText(a: string, b: string): -1 | 0 | 1 {
  const [ua, sa] = unscaled(a);
  const [ub, sb] = unscaled(b);
  const scale = Math.max(sa, sb);
  const x = ua * 10n ** BigInt(scale - sa);
  const y = ub * 10n ** BigInt(scale - sb);
  return x < y ? -1 : x > y ? 1 : 0;
}

function unscaled(text: string): [bigint, number] {
  const t = text.trim();
  const dot = t.indexOf('.');
  if (dot < 0) return [BigInt(t), 0];
  const frac = t.slice(dot + 1);
  const intPart = t.slice(0, dot);
  const negative = intPart.startsWith('-');
  const digits = `${intPart.replace('-', '') || '0'}${frac}`;
  return [BigInt(negative ? `-${digits}` : digits), frac.length];
}
