// KILL { session_id | 'UOW' } [ WITH STATUSONLY | COMMIT | ROLLBACK ] ("KILL (Transact-SQL)"):
// ends another session's connection. The connection is closed by the server glue (SessionControl
// in api.ts); its close rolls the session's transaction back as any disconnect does, which
// releases a writer waiting for it. A session in the middle of a request gets 596 first.
//
// The checks run in SQL Server's order: WITH COMMIT/ROLLBACK on a session id (6108) and a UOW that
// is no uniqueidentifier (8169) first, then a transaction of the caller's own (6115), the range
// (6101), one's own session (6104, STATUSONLY or not), no such session (6106, even without the
// permission), a system session (6107), the permission (6102, STATUSONLY too). msxd rolls back
// at once, so no rollback is ever in progress: STATUSONLY ends with 6120. msxd has no MS DTC, so
// no UOW exists (6110).
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import type { KillStatement } from '../../tsql/ast';
import { parseGuid } from '../../types/guid';
import type { Scope } from '../interpreter/scope';
import { liveSessions } from '../security/session-registry';

/** session ids are smallint; user sessions start at 51 (server/spid-allocator.ts), as in SQL Server */
const MAX_SESSION_ID = 32767;
const FIRST_USER_SESSION_ID = 51;

export function executeKill(stmt: KillStatement, scope: Scope): void {
  const target = stmt.target;
  if (target.kind === 'uow') return killUnitOfWork(target.uow, scope);
  if (stmt.option === 'commit' || stmt.option === 'rollback') throw sqlError(6108);
  if (scope.session.transactions.trancount > 0) throw sqlError(6115);
  const id = target.sessionId;
  if (id < 1 || id > MAX_SESSION_ID) throw sqlError(6101, id, MAX_SESSION_ID);
  if (id === scope.session.originalLogin.spid) throw sqlError(6104);
  const victim = liveSessions(scope.engine).find((s) => s.originalLogin.spid === id);
  if (!victim || victim.activity.killed) throw sqlErrorWithState(6106, 2, id);
  // the node's own sessions (msdb setup) run below 51, as SQL Server's system sessions
  if (id < FIRST_USER_SESSION_ID) throw sqlError(6107);
  // ALTER ANY CONNECTION (sysadmin, processadmin): msxd has neither grant nor role, sysadmin only
  if (!scope.session.isSysadmin) throw sqlErrorWithState(6102, 2);
  if (stmt.option === 'statusOnly') throw sqlError(6120, id);
  victim.activity.kill();
  scope.session.rowCount = 0;
}

function killUnitOfWork(uow: string, scope: Scope): never {
  if (parseGuid(uow) === undefined) throw sqlError(8169);
  if (scope.session.transactions.trancount > 0) throw sqlError(6115);
  throw sqlError(6110, uow);
}
