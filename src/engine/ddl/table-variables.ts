// DECLARE @t TABLE (...): a SQLite table "temp"."@t#<n>" per declaration instance, registered on the
// frame (src/engine/sql/local-tables.ts).
//
// SQL Server's table variables ignore ROLLBACK. SQLite's temp schema is transactional (and
// attaching a separate in-memory database would not help: one transaction spans every attached
// database), so the rollback hook copies each live table variable out before rolling back and
// writes it back afterwards (re-creating it when it was declared inside the transaction). The cost
// is paid only on rollback and only for table variables alive at that moment.
//
// Lifetime: a procedure's table variables are dropped when it returns; a batch's are dropped
// lazily, when the next request of the session declares one (requests never overlap), or with
// the connection.
import { quoteIdent, type SessionStorage } from '../../store/index';
import type { DeclareItem } from '../../tsql/ast';
import type { Frame } from '../interpreter/frame';
import type { RequestRun, Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { registerTableVariable } from '../sql/local-tables';
import { sqlError } from '../../errors/catalog';
import { createLocalTable, dropLocalTable, TEMP_SCHEMA, type LocalTable } from './local-table';
import { storageOf } from './storage-of';
import { planTable } from './table-plan';

interface LiveVariable {
  readonly local: LocalTable;
  readonly frame: Frame;
  readonly run: RequestRun;
  readonly declaredBy: object;
}

const live = new WeakMap<SessionState, LiveVariable[]>();
// Dead table variables wait here until no transaction is open: a DROP inside a transaction that
// later rolls back would bring the table back, unknown to anyone.
const pending = new WeakMap<SessionState, string[]>();
let serial = 0;

function liveOf(session: SessionState): LiveVariable[] {
  let l = live.get(session);
  if (!l) {
    l = [];
    live.set(session, l);
  }
  return l;
}

export function declareTableVariable(item: Extract<DeclareItem, { kind: 'table' }>, scope: Scope): void {
  const s = storageOf(scope);
  const vars = liveOf(scope.session);
  // Variables of finished requests are dead: drop them before creating more.
  for (const v of vars.filter((x) => x.run !== scope.run)) retire(scope.session, s, vars, v);
  sweep(scope.session, s);
  const existing = vars.find((v) => v.frame === scope.frame && v.local.table.name.toLowerCase() === item.name.toLowerCase());
  if (existing) {
    // A loop passing the same DECLARE again keeps the variable (and its rows), as SQL Server does.
    if (existing.declaredBy === item) return;
    throw sqlError(134, item.name);
  }
  if (scope.frame.lookup(item.name)) throw sqlError(134, item.name);
  const plan = planTable(scope, item.name, item.definition);
  const local = createLocalTable(s, `${item.name}#${++serial}`, item.name, 0, plan);
  vars.push({ local, frame: scope.frame, run: scope.run, declaredBy: item });
  registerTableVariable(scope.frame, item.name, local.table);
}

/** A procedure or dynamic-SQL frame ended: its table variables go with it. */
export function dropFrameTableVariables(scope: Scope, frame: Frame): void {
  const vars = liveOf(scope.session);
  const s = scope.session.storage;
  if (!s) return;
  for (const v of vars.filter((x) => x.frame === frame)) retire(scope.session, s, vars, v);
  sweep(scope.session, s);
}

function retire(session: SessionState, s: SessionStorage, vars: LiveVariable[], v: LiveVariable): void {
  vars.splice(vars.indexOf(v), 1);
  let p = pending.get(session);
  if (!p) {
    p = [];
    pending.set(session, p);
  }
  p.push(v.local.sqliteTable);
}

/** Drops retired table variables once no transaction can bring them back. */
function sweep(session: SessionState, s: SessionStorage): void {
  const p = pending.get(session);
  if (!p || s.inTransaction) return;
  for (const t of p.splice(0)) dropLocalTable(s, t);
}

/** Wraps a ROLLBACK (whole or to a savepoint) so table variables keep their rows. */
export function rollbackKeepingTableVariables(session: SessionState, s: SessionStorage, rollback: () => void): void {
  const vars = liveOf(session);
  const saved = vars.map((v) => ({ v, rows: s.allBig<Record<string, unknown>>(`SELECT * FROM ${v.local.table.sqliteName}`) }));
  rollback();
  for (const { v, rows } of saved) {
    if (!tempTableExists(s, v.local.sqliteTable)) for (const sql of v.local.ddl) s.execLocal(sql);
    s.run(`DELETE FROM ${v.local.table.sqliteName}`);
    const cols = v.local.table.columns.map((c) => c.name);
    const insert = `INSERT INTO ${v.local.table.sqliteName} (${cols.map(quoteIdent).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    for (const r of rows) s.run(insert, cols.map((c) => r[c] ?? null));
  }
  sweep(session, s);
}

export function tempTableExists(s: SessionStorage, sqliteTable: string): boolean {
  return s.get(`SELECT 1 FROM ${TEMP_SCHEMA}.sqlite_master WHERE type = 'table' AND name = ?`, [sqliteTable]) !== undefined;
}
