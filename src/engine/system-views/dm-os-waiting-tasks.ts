// sys.dm_os_waiting_tasks ("sys.dm_os_waiting_tasks (Transact-SQL)"): the tasks waiting now. In
// msxd a request waits for one of two things: another session's write lock (LCK_M_X, with the
// holder in blocking_session_id, as sys.dm_exec_requests shows it) or a WAITFOR's time (WAITFOR,
// no blocker: NULL). One task per request (no parallelism): exec_context_id 0, and
// blocking_exec_context_id 0 when a session blocks. The address columns are NULL: msxd has no
// task or lock structures in memory whose address would mean anything (SQL Server never returns
// NULL there; a query joining sys.dm_os_tasks on them finds nothing either way).
// resource_description follows SQL Server's lock-owner format for the database lock
// ("databaselock subresource=FULL dbid=<id> ... mode=X") without the lock's address.
// Permission: VIEW SERVER PERFORMANCE STATE (SQL Server 2022; VIEW SERVER STATE before): sysadmin.
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { requireServerState } from './dm-server-services';
import { PERFORMANCE_STATE } from './dm-os-wait-stats';
import { blockerOf, databaseIdOf, visibleSessions } from './session-facts';
import { col, nv, type SystemView } from './system-view';

const ADDRESS = { kind: 'varbinary', length: 8 } as const;
const INT = { kind: 'int' } as const;
const SMALLINT = { kind: 'smallint' } as const;

export const dmOsWaitingTasks: SystemView = {
  name: 'sys.dm_os_waiting_tasks',
  columns: [
    col('waiting_task_address', ADDRESS), col('session_id', SMALLINT), col('exec_context_id', INT),
    col('wait_duration_ms', { kind: 'bigint' }), col('wait_type', nv(60)), col('resource_address', ADDRESS),
    col('blocking_task_address', ADDRESS), col('blocking_session_id', SMALLINT), col('blocking_exec_context_id', INT),
    col('resource_description', nv(3072)),
  ],
  rows(scope) {
    requireServerState(scope, PERFORMANCE_STATE);
    const now = scope.engine.now().getTime();
    const rows: SqlValue[][] = [];
    for (const session of visibleSessions(scope)) {
      const row = waitingTask(scope, session, now);
      if (row) rows.push(row);
    }
    return rows;
  },
};

function waitingTask(scope: Scope, session: SessionState, now: number): SqlValue[] | undefined {
  const { waitingSince, waitforSince } = session.activity;
  const spid = session.originalLogin.spid;
  if (waitingSince !== undefined) {
    const blocker = blockerOf(scope, session);
    const dbid = databaseIdOf(scope, session) ?? 0;
    return [
      null, spid, 0, BigInt(Math.max(0, now - waitingSince.getTime())), 'LCK_M_X', null,
      null, blocker, blocker === null ? null : 0, `databaselock subresource=FULL dbid=${dbid} mode=X`,
    ];
  }
  if (waitforSince !== undefined) {
    return [null, spid, 0, BigInt(Math.max(0, now - waitforSince.getTime())), 'WAITFOR', null, null, null, null, null];
  }
  return undefined;
}
