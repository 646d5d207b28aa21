// #temp tables: one SQLite table per session in the connection's `temp` schema, registered with the
// translator (src/engine/sql/local-tables.ts). Visible to procedures the creating scope calls; a
// #temp table created inside a procedure is dropped when that procedure ends (SQL Server rule),
// the others when dropped or when the session ends (its connection closes).
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { sqliteTableName } from '../../store/index';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { findTempTable, registerTempTable, unregisterTempTable } from '../sql/local-tables';
import type { SessionTempTable } from '../sql/system-view-registry';
import { continueIdentity, createLocalTable, dropLocalTable, type LocalTable } from './local-table';
import { nowTicks } from './now-ticks';
import { storageOf } from './storage-of';
import type { TablePlan } from './table-plan';

interface TempEntry {
  readonly local: LocalTable;
  /** @@NESTLEVEL of the creating scope */
  readonly nestLevel: number;
  /** sys.objects create_date / modify_date (store datetime ticks) */
  readonly created: bigint;
  readonly modified: bigint;
}

const temps = new WeakMap<SessionState, Map<string, TempEntry>>();
// Entries a DROP, an ALTER or a CREATE/DROP INDEX took out of the registry inside the open
// transaction: a ROLLBACK (whole or to a savepoint) brings back the one SQLite holds again. An
// ALTER version has a SQLite table name of its own (createTempTable, rebuiltSqliteName); an index
// version shares its table and differs by its indexes (holdsLocalTable). So which version SQLite
// holds after the rollback says which definition it went back to.
const supersededInTransaction = new WeakMap<SessionState, TempEntry[]>();
// Temp tables have negative object ids in SQL Server's tempdb too.
let nextTempId = -1_000_000;
let nextVersion = 0;

function entries(session: SessionState): Map<string, TempEntry> {
  let m = temps.get(session);
  if (!m) {
    m = new Map();
    temps.set(session, m);
  }
  return m;
}

export function createTempTable(scope: Scope, name: string, plan: TablePlan): void {
  if (findTempTable(scope.session, name)) throw sqlErrorWithState(2714, 6, name);
  const s = storageOf(scope);
  const objectId = nextTempId--;
  // Created again after a DROP in the same open transaction: a name of its own, so that a ROLLBACK
  // (which brings the dropped table back under its old SQLite name) can tell the two apart.
  const recreated = s.inTransaction && (supersededInTransaction.get(scope.session) ?? []).some((e) => e.local.table.name.toLowerCase() === name.toLowerCase());
  const sqliteTable = sqliteTableName('dbo', recreated ? `${name}#${-objectId}` : name);
  const local = createLocalTable(s, sqliteTable, name, objectId, plan);
  const now = nowTicks(scope);
  entries(scope.session).set(name.toLowerCase(), { local, nestLevel: scope.frame.nestLevel, created: now, modified: now });
  registerTempTable(scope.session, name, local.table);
}

/** false when there is no such #temp table in this session */
export function dropTempTable(scope: Scope, name: string): boolean {
  const e = entries(scope.session).get(name.toLowerCase());
  if (!e) return false;
  const s = storageOf(scope);
  dropLocalTable(s, e.local.sqliteTable);
  supersede(scope, e);
  entries(scope.session).delete(name.toLowerCase());
  unregisterTempTable(scope.session, name);
  return true;
}

/** At the end of a procedure: its own #temp tables go (SQL Server drops them with the scope). */
export function dropTempTablesFrom(scope: Scope, nestLevel: number): void {
  for (const [key, e] of entries(scope.session)) {
    if (e.nestLevel >= nestLevel) dropTempTable(scope, e.local.table.name);
    else void key;
  }
}

export function tempTableEntry(session: SessionState, name: string): LocalTable | undefined {
  return entries(session).get(name.toLowerCase())?.local;
}

/** Inside a transaction, the entry a DROP or an ALTER takes out may come back by ROLLBACK. */
function supersede(scope: Scope, e: TempEntry): void {
  if (!storageOf(scope).inTransaction) return;
  const superseded = supersededInTransaction.get(scope.session) ?? [];
  superseded.push(e);
  supersededInTransaction.set(scope.session, superseded);
}

/**
 * After a ROLLBACK (whole, or to a savepoint when `transactionOpen`): #temp tables created, rebuilt
 * by ALTER or re-indexed since are no longer what SQLite holds, and the versions dropped, altered
 * or re-indexed since are again. Versions still missing may come back at an outer ROLLBACK while
 * the transaction stays open.
 */
export function reconcileTempTables(session: SessionState, held: (version: LocalTable) => boolean, transactionOpen: boolean): void {
  const undone = new Map<number, LocalTable>();
  for (const [key, e] of entries(session)) {
    if (held(e.local)) continue;
    undone.set(e.local.table.objectId, e.local);
    entries(session).delete(key);
    unregisterTempTable(session, e.local.table.name);
  }
  const missing: TempEntry[] = [];
  for (const e of supersededInTransaction.get(session) ?? []) {
    const key = e.local.table.name.toLowerCase();
    if (!held(e.local)) missing.push(e);
    else if (!entries(session).has(key)) {
      const later = undone.get(e.local.table.objectId);
      if (later) continueIdentity(e.local, later);
      entries(session).set(key, e);
      registerTempTable(session, e.local.table.name, e.local.table);
    }
  }
  supersededInTransaction.set(session, transactionOpen ? missing : []);
}

/** COMMIT: what was dropped, altered or re-indexed inside the transaction is gone for good. */
export function forgetSupersededTempTables(session: SessionState): void {
  supersededInTransaction.delete(session);
}

/**
 * The SQLite name of a #temp table rebuilt by ALTER TABLE: a new one each time (the old table is
 * dropped once the rows are copied), so that a ROLLBACK, which brings back the old table and
 * removes the new one, can tell the versions apart (reconcileTempTables).
 */
export function rebuiltSqliteName(old: LocalTable): string {
  return sqliteTableName('dbo', `${old.table.name}#${-old.table.objectId}.${++nextVersion}`);
}

/**
 * ALTER TABLE, CREATE INDEX or DROP INDEX on a #temp table: the new version takes the old one's
 * place (same scope level).
 */
export function replaceTempTable(scope: Scope, name: string, local: LocalTable): void {
  const e = entries(scope.session).get(name.toLowerCase());
  if (!e) return;
  supersede(scope, e);
  entries(scope.session).set(name.toLowerCase(), { ...e, local, modified: nowTicks(scope) });
  registerTempTable(scope.session, name, local.table);
}

/**
 * The session's #temp tables as tempdb's catalog views list them (catalog/temp-catalog.ts). Read
 * from this registry rather than mirrored into SQLite: it is already what ROLLBACK reconciles,
 * and every change to it also changes the connection's localGeneration, which is what a
 * session-bound translation is validated by.
 */
export function sessionTempTables(session: SessionState): SessionTempTable[] {
  return [...entries(session).values()].map((e) => ({ table: e.local.table, created: e.created, modified: e.modified }));
}
