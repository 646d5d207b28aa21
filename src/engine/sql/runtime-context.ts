// The scope the registered SQLite functions run under. SQLite calls them synchronously inside
// the statement the translator runs, so the runner sets the scope just before each run; there is
// no interleaving on the single JS thread.
import type { Scope } from '../interpreter/scope';

let current: Scope | undefined;
let currentUdf: ReadonlyMap<string, unknown> | undefined;

export function withRuntimeScope<T>(scope: Scope, fn: () => T, udfResults?: ReadonlyMap<string, unknown>): T {
  const saved = current;
  const savedUdf = currentUdf;
  current = scope;
  currentUdf = udfResults;
  try {
    return fn();
  } finally {
    current = saved;
    currentUdf = savedUdf;
  }
}

/** results of user-function calls computed before the statement ran (udf-sites.ts) */
export function runtimeUdfResults(): ReadonlyMap<string, unknown> | undefined {
  return currentUdf;
}

export function runtimeScope(): Scope {
  if (!current) throw new Error('msxd: translator function called outside a statement');
  return current;
}
