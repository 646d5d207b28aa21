// The node's catalogue state as caches shared by its sessions see it (translations, security
// facts): the engine's DDL counter, the store's schema generation and its catalogue commit count.
// Anything read from the catalogue and kept node-wide is valid while all three are unchanged and
// was read by a session that sees the committed catalogue (mayShare).
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { schemaGeneration } from '../../store/index';
import { catalogCommitCount } from '../../store/commit-count';

export interface NodeStamp {
  /** the engine's DDL counter (invalidateTranslations) */
  readonly catalogVersion: number;
  /** the store's schemaGeneration(): CREATE/DROP/ALTER through exec, rollbacks */
  readonly generation: number;
  /** catalogue commits of every connection of the process (commit-count.ts) */
  readonly catalogCommits: number;
}

let catalogVersion = 0;

/** DDL (CREATE/ALTER/DROP of tables, views, temp tables...) must call this. */
export function invalidateTranslations(): void {
  catalogVersion++;
}

export function catalogVersionNow(): number {
  return catalogVersion;
}

export function nodeStamp(): NodeStamp {
  return { catalogVersion, generation: schemaGeneration(), catalogCommits: catalogCommitCount() };
}

export function sameStamp(a: NodeStamp, b: NodeStamp): boolean {
  return a.catalogVersion === b.catalogVersion && a.generation === b.generation && a.catalogCommits === b.catalogCommits;
}

/** catalogue state seen by each session the last time it ran outside a transaction */
const quietMarks = new WeakMap<SessionState, { catalogVersion: number; generation: number }>();

/** a session that just opened holds no transaction: it sees the committed catalogue */
export function markQuiet(session: SessionState): void {
  quietMarks.set(session, { catalogVersion, generation: schemaGeneration() });
}

/**
 * Whether this session sees the catalogue every other session sees, so that what it reads from
 * the catalogue may be shared node-wide. Outside a transaction it reads the committed catalogue;
 * in one, only while no DDL ran in the process since it last ran outside: its transaction holds
 * none (DDL bumps the counter or the generation before its session reads again).
 */
export function mayShare(scope: Scope, now: NodeStamp): boolean {
  const s = scope.session.storage;
  if (!s) return false;
  const mark = quietMarks.get(scope.session);
  if (!s.inTransaction) {
    if (mark) {
      mark.catalogVersion = now.catalogVersion;
      mark.generation = now.generation;
    } else {
      quietMarks.set(scope.session, { catalogVersion: now.catalogVersion, generation: now.generation });
    }
    return true;
  }
  return mark !== undefined && mark.catalogVersion === now.catalogVersion && mark.generation === now.generation;
}
