// Security changes run like DDL (atomic under the write lock, joining a user transaction), after
// attaching the databases they touch: SQLite cannot ATTACH once the write transaction began.
import type { SessionStorage } from '../../store/index';
import { storageOf, writeDdl } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';

export function writeSecurity<T>(scope: Scope, databases: readonly string[], fn: (s: SessionStorage) => T | Promise<T>): Promise<T> {
  attachForSecurity(scope, databases);
  return writeDdl(scope, fn);
}

/** Attaches master (and `databases`) while that is still possible: the store's login changes run
 *  on the session's connection and write master's tables. */
export function attachForSecurity(scope: Scope, databases: readonly string[] = []): void {
  const s = storageOf(scope);
  if (!s.inTransaction) s.ensureAttached(['master', ...databases]);
}
