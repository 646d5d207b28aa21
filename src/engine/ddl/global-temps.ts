// ##global temporary tables are catalogue tables of tempdb that end with the session that created
// them (SQL Server also waits for other sessions' statements using them; msxd statements never
// outlive their batch, so dropping at disconnect is the same). tempdb is recreated at every start.
import type { SessionState } from '../session/session-state';
import { findObject } from './catalog-rows';
import { catalogTable } from './ddl-target';
import { dropCatalogTable } from './drop-objects';

const created = new WeakMap<SessionState, Set<string>>();

export function rememberGlobalTemp(session: SessionState, name: string): void {
  let names = created.get(session);
  if (!names) {
    names = new Set();
    created.set(session, names);
  }
  names.add(name);
}

/** At disconnect: drops the ##tables this session created that still exist. Best effort. */
export async function dropGlobalTempTables(session: SessionState): Promise<void> {
  const names = created.get(session);
  const s = session.storage;
  if (!names || names.size === 0 || !s || s.inTransaction) return;
  s.ensureAttached(['tempdb']);
  await s.withWriteLock(() => {
    const db = s.sqliteSchema('tempdb');
    for (const name of names) {
      const obj = findObject(s, db, 'dbo', name);
      if (obj?.type === 'U') dropCatalogTable(s, catalogTable('tempdb', db, obj));
    }
  }, { lockTimeoutMs: 5000 });
  names.clear();
}
