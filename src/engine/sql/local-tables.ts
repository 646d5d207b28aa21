// Session-local tables: #temp tables (per session, until dropped or the session ends) and table
// variables (per frame: batch, procedure call, dynamic SQL). The DDL engineer creates the SQLite
// table (in SQLite's per-connection `temp` schema) and registers it here; the translator resolves
// `#t` / `@t` through these maps. Naming (store sqliteTableName + quoteIdent):
//   #t  -> "temp"."dbo.#t"              (one per session: the connection is the session's;
//                                       later versions "dbo.#t#<id>[.<n>]": ddl/temp-tables.ts)
//   @t  -> "temp"."@t#<frame serial>"   (unique per frame so recursion cannot collide)
import type { SessionState } from '../session/session-state';
import type { Frame } from '../interpreter/frame';
import type { WritableTable } from './source-types';

const tempTables = new WeakMap<SessionState, Map<string, WritableTable>>();
const tableVariables = new WeakMap<Frame, Map<string, WritableTable>>();

function mapOf<K extends object>(store: WeakMap<K, Map<string, WritableTable>>, owner: K): Map<string, WritableTable> {
  let m = store.get(owner);
  if (!m) {
    m = new Map();
    store.set(owner, m);
  }
  return m;
}

/** name with its '#', e.g. '#work' (matched case-insensitively) */
export function registerTempTable(session: SessionState, name: string, table: WritableTable): void {
  mapOf(tempTables, session).set(name.toLowerCase(), table);
}

export function unregisterTempTable(session: SessionState, name: string): void {
  tempTables.get(session)?.delete(name.toLowerCase());
}

export function findTempTable(session: SessionState, name: string): WritableTable | undefined {
  return tempTables.get(session)?.get(name.toLowerCase());
}

export function listTempTables(session: SessionState): WritableTable[] {
  return [...(tempTables.get(session)?.values() ?? [])];
}

/** name with its '@', e.g. '@rows' */
export function registerTableVariable(frame: Frame, name: string, table: WritableTable): void {
  mapOf(tableVariables, frame).set(name.toLowerCase(), table);
}

export function findTableVariable(frame: Frame, name: string): WritableTable | undefined {
  return tableVariables.get(frame)?.get(name.toLowerCase());
}

export function listTableVariables(frame: Frame): WritableTable[] {
  return [...(tableVariables.get(frame)?.values() ?? [])];
}
