// Scalar user functions called with column arguments. A function body may read tables, and SQLite
// cannot run a query from inside a function it is calling (the connection is busy), so each call
// site's distinct argument tuples are read first (SELECT DISTINCT args FROM the same FROM), the
// function is evaluated by the interpreter for each, and msxd_udf looks the results up while the
// statement runs. Arguments that reference an outer query are called directly (bodies that read
// tables then fail with SQLite's busy error, reported as 40517).
import type { StoredValue } from '../../store/storage-types';
import { encodeValue } from '../../store/storage-types';
import type { ObjectName } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { Scope } from '../interpreter/scope';
import { callUserFunction } from '../routines/user-function';
import { decodeArg, parseType } from './codec';
import { bindSlots, type Slot } from './params';

export interface UdfSite {
  readonly id: number;
  readonly name: ObjectName;
  readonly argTypes: readonly SqlType[];
  readonly returns: SqlType;
  /** SELECT DISTINCT of the argument tuples, or undefined when they cannot be read beforehand */
  readonly probeSql?: string;
}

export function udfKey(site: number, args: readonly unknown[]): string {
  return `${site}|${JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : Buffer.isBuffer(v) ? `0x${v.toString('hex')}` : v))}`;
}

/** evaluates every call site's functions for the argument tuples the statement will see */
export function precomputeUdfs(sites: readonly UdfSite[], slots: readonly Slot[], scope: Scope): Map<string, StoredValue> {
  const out = new Map<string, StoredValue>();
  const s = scope.session.storage;
  if (!s || sites.length === 0) return out;
  const params = bindSlots(slots, scope);
  for (const site of sites) {
    if (!site.probeSql) continue;
    let tuples: Record<string, unknown>[];
    try {
      tuples = s.allBig<Record<string, unknown>>(site.probeSql, params);
    } catch {
      continue;
    }
    for (const t of tuples) {
      const raw = site.argTypes.map((_, i) => t[`a${i}`] ?? null);
      out.set(udfKey(site.id, raw), callSite(site, raw, scope));
    }
  }
  return out;
}

export function callSite(site: UdfSite, raw: readonly unknown[], scope: Scope): StoredValue {
  const args = raw.map((v, i) => decodeArg(parseType(JSON.stringify(site.argTypes[i])), v));
  const r = callUserFunction(scope, site.name, args);
  return r.value === null ? null : encodeValue(site.returns, r.value);
}
