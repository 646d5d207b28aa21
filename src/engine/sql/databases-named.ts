// The databases a batch names (db.schema.object, USE db): the session attaches them at batch
// start (store ensureAttached), because SQLite cannot ATTACH inside an open transaction.
import type { Statement } from '../../tsql/ast';

const cache = new WeakMap<readonly Statement[], readonly string[]>();

export function databasesNamedIn(statements: readonly Statement[]): readonly string[] {
  const hit = cache.get(statements);
  if (hit) return hit;
  const found = new Map<string, string>();
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      x.forEach(walk);
      return;
    }
    const o = x as { kind?: unknown; name?: unknown; database?: unknown };
    if (typeof o.database === 'string' && (typeof o.name === 'string' || o.kind === 'use' || o.kind === 'createDatabase')) {
      if (o.kind !== 'createDatabase') found.set(o.database.toLowerCase(), o.database);
    }
    for (const v of Object.values(x)) walk(v);
  };
  walk(statements);
  const out = [...found.values()];
  cache.set(statements, out);
  return out;
}
