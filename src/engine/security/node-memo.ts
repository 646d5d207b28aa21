// Facts read from the catalogue that every session of the node would read alike (who a login is in
// a database, its roles), kept per node while the catalogue is unchanged: the same engine DDL
// counter, store schema generation and catalogue commit count (security statements run as DDL:
// writeDdl bumps the counter and their commit counts). A new connection's permission checks then
// cost a lookup instead of a few catalogue reads per statement. A session whose open transaction
// may hold uncommitted catalogue changes computes for itself (shared-translation-state.ts mayShare).
import type { EngineContext } from '../engine-context';
import type { Scope } from '../interpreter/scope';
import { mayShare, nodeStamp, sameStamp, type NodeStamp } from '../sql/shared-translation-state';

// a few hundred bytes each: room for one entry per login of ten thousand targets and more
const MAX_ENTRIES = 16_384;

interface Entry {
  readonly stamp: NodeStamp;
  readonly value: unknown;
}

const memos = new WeakMap<EngineContext, Map<string, Entry>>();

/** `compute()` once per node and catalogue state for `key` (case and kind included by the caller) */
export function nodeMemo<T>(scope: Scope, key: string, compute: () => T): T {
  const now = nodeStamp();
  if (!mayShare(scope, now)) return compute();
  let memo = memos.get(scope.engine);
  if (!memo) {
    memo = new Map();
    memos.set(scope.engine, memo);
  }
  const hit = memo.get(key);
  if (hit && sameStamp(hit.stamp, now)) return hit.value as T;
  const value = compute();
  memo.delete(key);
  memo.set(key, { stamp: now, value });
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  return value;
}
