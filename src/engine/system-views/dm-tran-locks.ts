// sys.dm_tran_locks ("sys.dm_tran_locks (Transact-SQL)"): the lock requests granted or waiting
// now. msxd has one lock: the store's write lock (SQLite BEGIN IMMEDIATE, store/README.md
// "Transactions and locking"), taken by BEGIN TRAN and by every write statement, which covers
// every database the session's connection has attached. A session holding it has one row,
// resource_type DATABASE, request_mode X, GRANT; a session waiting for it (LCK_M_X) one row with
// WAIT. Both are shown on the session's current database (resource_database_id; the lock itself
// is wider). msxd has no shared database locks (SQL Server's S lock of every session in a
// database, request_owner_type SHARED_TRANSACTION_WORKSPACE), no OBJECT/PAGE/KEY/RID locks,
// no lock partitions or application locks: they have no rows. Columns msxd cannot know:
// resource_associated_entity_id and resource_lock_partition 0, request_lifetime 0 (documented as
// unsupported), request_owner_guid and request_owner_lockspace_id and lock_owner_address NULL
// (no lock manager memory). request_owner_id is the owning transaction's id
// (sys.dm_tran_active_transactions), 0 for a write statement outside a transaction.
// Permission: VIEW SERVER STATE (msxd: sysadmin).
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { requireServerState } from './dm-server-services';
import { databaseIdOf, holdsWriteLock, transactionIdOf, visibleSessions } from './session-facts';
import { col, nv, type SystemView } from './system-view';

const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;

export const VIEW_SERVER_STATE = 'VIEW SERVER STATE';

/** the lock requests msxd has: the write lock, held or waited for */
export interface LockRequest {
  readonly session: SessionState;
  readonly databaseId: number;
  readonly status: 'GRANT' | 'WAIT';
}

export function lockRequests(scope: Scope): LockRequest[] {
  const out: LockRequest[] = [];
  for (const session of visibleSessions(scope)) {
    const databaseId = databaseIdOf(scope, session) ?? 0;
    if (holdsWriteLock(session)) out.push({ session, databaseId, status: 'GRANT' });
    else if (session.activity.waitingSince !== undefined) out.push({ session, databaseId, status: 'WAIT' });
  }
  return out;
}

export const dmTranLocks: SystemView = {
  name: 'sys.dm_tran_locks',
  columns: [
    col('resource_type', nv(60)), col('resource_subtype', nv(60)), col('resource_database_id', INT),
    col('resource_description', nv(256)), col('resource_associated_entity_id', BIGINT), col('resource_lock_partition', INT),
    col('request_mode', nv(60)), col('request_type', nv(60)), col('request_status', nv(60)),
    col('request_reference_count', { kind: 'smallint' }), col('request_lifetime', INT), col('request_session_id', INT),
    col('request_exec_context_id', INT), col('request_request_id', INT), col('request_owner_type', nv(60)),
    col('request_owner_id', BIGINT), col('request_owner_guid', { kind: 'uniqueidentifier' }),
    col('request_owner_lockspace_id', nv(32)), col('lock_owner_address', { kind: 'varbinary', length: 8 }),
  ],
  rows(scope) {
    requireServerState(scope, VIEW_SERVER_STATE);
    return lockRequests(scope).map(lockRow);
  },
};

function lockRow(r: LockRequest): SqlValue[] {
  return [
    'DATABASE', '', r.databaseId,
    '', 0n, 0,
    'X', 'LOCK', r.status,
    1, 0, r.session.originalLogin.spid,
    0, 0, 'TRANSACTION',
    transactionIdOf(r.session), null,
    null, null,
  ];
}
