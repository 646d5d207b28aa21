// The scope the registered SQLite functions run under. SQLite calls them synchronously inside
// the statement the translator runs, so the runner sets the scope just before each run; there is
// no interleaving on the single JS thread.
import type { Scope } from '../interpreter/scope';

let current: Scope | undefined;

export function withRuntimeScope<T>(scope: Scope, fn: () => T): T {
  const saved = current;
  current = scope;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

export function runtimeScope(): Scope {
  if (!current) throw new Error('msxd: translator function called outside a statement');
  return current;
}
