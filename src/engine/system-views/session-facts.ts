// The facts about a session that sys.dm_exec_sessions, sys.dm_exec_requests and sys.sysprocesses
// share: which sessions the caller may see, the session's database id, what its request is doing
// and which session it waits for.
import { findServerPrincipal, findUserBySid } from '../../store/index';
import type { Statement } from '../../tsql/ast';
import { fromJsDate, roundDatetime } from '../../types/dates';
import type { SqlDateTime } from '../../types/values';
import { readCatalog } from '../catalog/catalog-reader';
import type { Scope } from '../interpreter/scope';
import { databaseSecurity, DBO_USER_ID, GUEST_USER_ID } from '../security/security-context';
import { liveSessions } from '../security/session-registry';
import { requestText, sqlHandleOf } from '../session/request-text';
import type { SessionState } from '../session/session-state';

export const ISOLATION_CODES = {
  'READ UNCOMMITTED': 1, 'READ COMMITTED': 2, 'REPEATABLE READ': 3, SERIALIZABLE: 4, SNAPSHOT: 5,
} as const;

const DATABASE_IDS: Readonly<Record<string, number>> = { master: 1, tempdb: 2, model: 3, msdb: 4 };
const GUEST_DATABASES = new Set(['master', 'tempdb', 'msdb']);

/** Every session of the node for sysadmins, the caller's own otherwise (no VIEW SERVER STATE). */
export function visibleSessions(scope: Scope): SessionState[] {
  if (!scope.session.isSysadmin) return [scope.session];
  const all = liveSessions(scope.engine);
  return all.includes(scope.session) ? all : [scope.session, ...all];
}

export function databaseIdOf(scope: Scope, session: SessionState): number | null {
  return DATABASE_IDS[session.database.toLowerCase()] ?? scope.engine.store.getDatabase(session.database)?.databaseId ?? null;
}

/** The database user the session runs as in its current database (dbo for sysadmins); 0 when none. */
export function userIdOf(scope: Scope, session: SessionState): number {
  if (session === scope.session) return databaseSecurity(scope, session.database).userId ?? 0;
  if (session.isSysadmin) return DBO_USER_ID;
  const db = session.database;
  // read with the caller's connection: the other session may be in the middle of a statement
  return readCatalog(scope, (s) => {
    const login = findServerPrincipal(s, session.login.loginName);
    const user = login ? findUserBySid(s, db, login.sid) : undefined;
    return user?.principalId ?? (GUEST_DATABASES.has(db.toLowerCase()) ? GUEST_USER_ID : 0);
  }) ?? 0;
}

/**
 * The session holding the write lock the session waits for. SQLite's write lock is database-wide
 * (store/README.md "Transactions and locking"), so the holder is the other session with a write
 * transaction open; null when the session does not wait, or the holder is outside this process.
 */
export function blockerOf(scope: Scope, session: SessionState): number | null {
  if (session.activity.waitingSince === undefined) return null;
  for (const other of liveSessions(scope.engine)) {
    if (other !== session && other.storage?.inTransaction === true) return other.originalLogin.spid;
  }
  return null;
}

/** sys.dm_exec_requests.status: the caller runs; another request waits for a lock or an event. */
export type RequestStatus = 'running' | 'suspended' | 'runnable' | 'sleeping' | 'background';

export function requestStatus(scope: Scope, session: SessionState): RequestStatus {
  if (session === scope.session) return 'running';
  // one JavaScript thread: any other request is awaiting something (a lock, a timer, the client)
  return 'suspended';
}

/** The wait a suspended request reports (sys.dm_os_wait_stats names); null when it runs. */
export function waitTypeOf(session: SessionState): 'LCK_M_X' | 'WAITFOR' | null {
  if (session.activity.waitingSince !== undefined) return 'LCK_M_X';
  if (session.activity.statement === 'waitfor') return 'WAITFOR';
  return null;
}

export function waitTimeMs(scope: Scope, session: SessionState): number {
  const since = session.activity.waitingSince;
  return since === undefined ? 0 : Math.max(0, scope.engine.now().getTime() - since.getTime());
}

/** The lock resource of a lock wait: the whole database ("DB: dbid", KB 224453's format). */
export function waitResourceOf(scope: Scope, session: SessionState): string {
  return session.activity.waitingSince === undefined ? '' : `DB: ${databaseIdOf(scope, session) ?? 0}`;
}

const COMMANDS: Partial<Record<Statement['kind'], string>> = {
  select: 'SELECT', insert: 'INSERT', update: 'UPDATE', delete: 'DELETE', merge: 'MERGE',
  exec: 'EXECUTE', execString: 'EXECUTE', waitfor: 'WAITFOR', dbcc: 'DBCC', kill: 'KILL',
  beginTransaction: 'BEGIN TRANSACTION', commitTransaction: 'COMMIT TRANSACTION',
  rollbackTransaction: 'ROLLBACK TRANSACTION', saveTransaction: 'SAVE TRANSACTION', setVariable: 'SET', setOption: 'SET OPTION ON',
  declare: 'DECLARE', if: 'COND', while: 'WHILE', print: 'PRINT', raiserror: 'RAISERROR',
  createTable: 'CREATE TABLE', alterTable: 'ALTER TABLE', drop: 'DROP', truncateTable: 'TRUNCATE TABLE',
  createIndex: 'CREATE INDEX', createView: 'CREATE VIEW', createProcedure: 'CREATE PROCEDURE',
  createDatabase: 'CREATE DATABASE', alterDatabase: 'ALTER DATABASE', use: 'USE',
};

/** sys.dm_exec_requests.command of a running request; 'AWAITING COMMAND' for an idle session (sp_who). */
export function commandOf(session: SessionState): string {
  if (session.activity.request === undefined) return 'AWAITING COMMAND';
  const kind = session.activity.statement;
  return (kind && COMMANDS[kind]) ?? 'SELECT';
}

/** A JavaScript instant as the node's local datetime (what GETDATE() shows). */
export function localDatetime(d: Date): SqlDateTime {
  return roundDatetime(fromJsDate(new Date(d.getTime() - d.getTimezoneOffset() * 60_000)));
}

/** the text of the session's last request, running or finished (sys.dm_exec_sql_text) */
export function mostRecentSqlText(session: SessionState): string | undefined {
  return requestText(session.activity.input);
}

/** sys.dm_exec_connections.most_recent_sql_handle; NULL before the first batch or after a module RPC */
export function mostRecentSqlHandle(session: SessionState): Buffer | null {
  const text = mostRecentSqlText(session);
  return text === undefined ? null : sqlHandleOf(text);
}

/** sys.dm_exec_requests.sql_handle: a transaction-manager request has no text of its own */
export function requestSqlHandle(session: SessionState): Buffer | null {
  const request = session.activity.request;
  return request === undefined || request.manager ? null : mostRecentSqlHandle(session);
}

/**
 * The session's transaction id (sys.dm_tran_*.transaction_id, request_owner_id): the number in its
 * transaction descriptor (the 8 bytes ENVCHANGE 8 gave the client), unique in the node; 0 when none.
 */
export function transactionIdOf(session: SessionState): bigint {
  return session.transactions.trancount > 0 ? session.transactions.descriptor.readBigUInt64LE(0) : 0n;
}

/** the session holds the store's write lock: an explicit transaction, or a write statement running */
export function holdsWriteLock(session: SessionState): boolean {
  return session.storage?.inTransaction === true;
}
