// The session's store connection as DDL sees it, and the lock wait every write statement uses.
import type { LockWait, SessionStorage } from '../../store/api';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from '../statements/not-supported';
import { invalidateTranslations } from '../sql/translation-cache';

export function storageOf(scope: Scope): SessionStorage {
  const s = scope.session.storage;
  if (!s) throw notSupportedExpression('tables (this engine runs without a store session)');
  return s;
}

export function lockWait(scope: Scope): LockWait {
  return { lockTimeoutMs: scope.session.options.lockTimeout, signal: scope.run.signal, onWait: scope.session.activity.onLockWait };
}

/**
 * Runs a DDL change atomically under the write lock (a savepoint inside a user transaction).
 * `databases` are attached first: SQLite cannot ATTACH once the write transaction has begun.
 */
export function writeDdl<T>(scope: Scope, fn: (s: SessionStorage) => T | Promise<T>): Promise<T>;
export function writeDdl<T>(scope: Scope, databases: readonly string[], fn: (s: SessionStorage) => T | Promise<T>): Promise<T>;
export async function writeDdl<T>(scope: Scope, a: readonly string[] | ((s: SessionStorage) => T | Promise<T>),
  b?: (s: SessionStorage) => T | Promise<T>): Promise<T> {
  const s = storageOf(scope);
  const databases = typeof a === 'function' ? [scope.session.database] : a;
  const fn = typeof a === 'function' ? a : b;
  if (!fn) throw new Error('writeDdl needs a function');
  if (!s.inTransaction) s.ensureAttached(databases.filter((d) => scope.engine.store.databaseExists(d)));
  // Constraints, views, modules and permissions change only catalogue rows, which the store's
  // schema generation does not see: cached translations and DML targets must be dropped.
  try {
    return await s.withWriteLock(() => {
      s.markCatalogChanged();
      // bumped first too: while fn writes, this session's reads of its own uncommitted rows must
      // not be shared with other sessions (shared-translation-state.ts mayShare)
      invalidateTranslations();
      return fn(s);
    }, lockWait(scope));
  } finally {
    invalidateTranslations();
  }
}
