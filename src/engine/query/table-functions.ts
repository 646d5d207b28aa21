// User table-valued functions in FROM with constant arguments: materialized before the statement
// is translated (their bodies are T-SQL, run asynchronously by routines/table-function.ts), read
// like table variables, released after the statement. Such translations are not cached.
import type { TableFunctionSource } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { materializeTableFunction } from '../routines/table-function';
import { isConstant } from '../sql/fold';
import type { WritableTable } from '../sql/source-types';
import { BUILTIN_TABLE_FUNCTIONS } from '../sql/builtin-table-functions';
import { findSystemFunction } from '../system-views';
import { isSystemTableFunction } from '../sql/system-table-functions';

export interface MaterializedFunctions {
  readonly tables: ReadonlyMap<TableFunctionSource, WritableTable>;
  release(): void;
}

const NONE: MaterializedFunctions = { tables: new Map(), release() {} };

/**
 * Without table-valued functions (the usual case) the answer is at hand, not a promise: a caller
 * on a hot path may skip awaiting it (`instanceof Promise`); awaiting it works either way.
 */
export function materializeFunctions(root: object, scope: Scope): MaterializedFunctions | Promise<MaterializedFunctions> {
  const sources = findSources(root);
  if (sources.length === 0) return NONE;
  return materialize(sources, scope);
}

async function materialize(sources: readonly TableFunctionSource[], scope: Scope): Promise<MaterializedFunctions> {
  const tables = new Map<TableFunctionSource, WritableTable>();
  const releases: (() => void)[] = [];
  try {
    for (const src of sources) {
      const args = src.args.map((a) => (a.kind === 'default' ? 'default' as const : evaluate(a, { scope })));
      const m = await materializeTableFunction(scope, src.name, args);
      tables.set(src, m.table);
      releases.push(m.release);
    }
  } catch (e) {
    releases.forEach((r) => r());
    throw e;
  }
  return { tables, release: () => releases.forEach((r) => r()) };
}

const found = new WeakMap<object, TableFunctionSource[]>();

function findSources(root: object): TableFunctionSource[] {
  const hit = found.get(root);
  if (hit) return hit;
  const out = walkSources(root);
  found.set(root, out);
  return out;
}

function walkSources(root: object): TableFunctionSource[] {
  const out: TableFunctionSource[] = [];
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      x.forEach(walk);
      return;
    }
    const node = x as { kind?: unknown };
    if (node.kind === 'tableFunction') {
      const src = node as TableFunctionSource;
      const builtin = (!src.name.schema && !src.name.database && BUILTIN_TABLE_FUNCTIONS.has(src.name.name.toUpperCase()))
        || findSystemFunction(src.name) !== undefined || isSystemTableFunction(src.name);
      if (!builtin && src.args.every((a) => a.kind === 'default' || isConstant(a))) out.push(src);
    }
    for (const v of Object.values(x)) walk(v);
  };
  walk(root);
  return out;
}
