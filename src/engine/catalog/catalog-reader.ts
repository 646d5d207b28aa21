// Reads of the catalogue for metadata functions. They run on the session's connection (so they
// see its uncommitted DDL), except when SQLite is in the middle of a statement on that connection
// (a function called per row, e.g. SELECT OBJECT_NAME(object_id) FROM sys.objects): better-sqlite3
// refuses nested statements then, and a second read-only connection of the session answers.
import type { SessionStorage } from '../../store/index';
import { storageOf } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';
import { onSessionClosed } from '../security/session-registry';
import type { SessionState } from '../session/session-state';

const secondary = new WeakMap<SessionState, SessionStorage>();

function isBusy(e: unknown): boolean {
  return e instanceof TypeError && e.message.includes('busy executing');
}

function secondaryOf(scope: Scope): SessionStorage {
  let s = secondary.get(scope.session);
  if (!s) {
    const opened = scope.engine.store.openSession({ database: scope.session.database });
    secondary.set(scope.session, opened);
    onSessionClosed(scope.session, () => {
      opened.close();
      secondary.delete(scope.session);
    });
    s = opened;
  }
  return s;
}

/** Runs a catalogue read; undefined when the session has no store connection (no catalogue). */
export function readCatalog<T>(scope: Scope, fn: (s: SessionStorage) => T): T | undefined {
  if (!scope.session.storage) return undefined;
  try {
    return fn(storageOf(scope));
  } catch (e) {
    if (!isBusy(e)) throw e;
    return fn(secondaryOf(scope));
  }
}
