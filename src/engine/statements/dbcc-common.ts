// What the DBCC commands share: informational messages with the statement's line, the closing
// 2528 (unless WITH NO_INFOMSGS), the WITH option check (2532), the database argument
// (name, id or 0 for the current database; 2520 when unknown) and the session's store.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { SessionStorage } from '../../store/index';
import type { DbccStatement, Expr } from '../../tsql/ast';
import type { DatabaseInfo } from '../../store/index';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import type { Scope } from '../interpreter/scope';

export function dbccInfo(scope: Scope, stmt: { readonly line: number }, number: number, ...args: unknown[]): void {
  const e = sqlError(number, ...args);
  scope.run.sink.message(new SqlError(e.number, e.severity, e.state, e.message, scope.frame.procName, stmt.line));
}

/** 2528 "DBCC execution completed..." unless WITH NO_INFOMSGS */
export function dbccCompleted(scope: Scope, stmt: DbccStatement): void {
  if (!stmt.options.includes('NO_INFOMSGS')) dbccInfo(scope, stmt, 2528);
}

/** 2532 for a WITH option the command does not take */
export function onlyOptions(stmt: DbccStatement, allowed: readonly string[]): void {
  if (stmt.options.some((o) => !allowed.includes(o))) throw sqlError(2532);
}

export function quiet(stmt: DbccStatement): boolean {
  return stmt.options.includes('NO_INFOMSGS');
}

/** a constant argument's value (numbers as numbers, names as strings) */
export function argValue(e: Expr, scope: Scope): unknown {
  return unwrapVariant(evaluate(e, { scope })).value;
}

/** 'name', database_id, 0 or nothing (the current database); 2520 when there is no such database */
export function databaseArg(e: Expr | undefined, scope: Scope): DatabaseInfo {
  const store = scope.engine.store;
  const v = e === undefined ? 0 : argValue(e, scope);
  if (v === null || v === undefined) return current(scope);
  if (typeof v === 'number' || typeof v === 'bigint') {
    if (Number(v) === 0) return current(scope);
    const found = store.listDatabases().find((d) => d.databaseId === Number(v));
    if (!found) throw sqlError(2520, String(v));
    return found;
  }
  const name = String(v);
  const found = store.getDatabase(name);
  if (!found) throw sqlError(2520, name);
  return found;
}

function current(scope: Scope): DatabaseInfo {
  const found = scope.engine.store.getDatabase(scope.session.database);
  if (!found) throw sqlError(2520, scope.session.database);
  return found;
}

export function storageOf(scope: Scope): SessionStorage {
  const s = scope.session.storage;
  if (!s) throw new Error('DBCC needs a session with storage');
  return s;
}

/** one result set, with its DONE count, as SELECT sends it */
export function sendRows(scope: Scope, columns: Parameters<Scope['run']['sink']['columns']>[0], rows: readonly (readonly unknown[])[]): void {
  const sink = scope.run.sink;
  sink.columns(columns);
  for (const r of rows) sink.row(r as never);
  sink.statementDone({ command: 'select', ...(scope.session.nocount ? {} : { rowCount: rows.length }), inProc: scope.frame.inProc });
  scope.session.rowCount = rows.length;
}
