// sys.dm_tran_active_transactions and sys.dm_tran_session_transactions
// ("sys.dm_tran_active_transactions (Transact-SQL)", "sys.dm_tran_session_transactions
// (Transact-SQL)"): the sessions' open transactions, one row each (msxd nests BEGIN TRAN inside
// one transaction, as SQL Server: open_transaction_count is @@TRANCOUNT). transaction_id is the
// number in the transaction descriptor (session-facts.ts transactionIdOf), so the two views and
// sys.dm_tran_locks.request_owner_id join on it. An unnamed transaction is 'user_transaction', as
// SQL Server names it. transaction_type 1 (read/write): msxd's BEGIN TRAN takes the write lock at
// once. transaction_state 2 (active): a committing or rolling-back transaction is never seen from
// another session, since COMMIT runs without yielding the one JavaScript thread.
// Not in msxd: SQL Server's system and read-only transactions (autocommit statements and reads
// open none here), distributed transactions (transaction_uow all zeros, dtc_state 0,
// is_local 1, is_enlisted 0, is_bound 0: no MS DTC, no bound sessions), FILESTREAM (NULL).
// transaction_status, transaction_status2, dtc_status and dtc_isolation_level are documented as
// unsupported internals: 0. enlist_count is 1 while the session runs a request, 0 when idle. Permission: VIEW SERVER STATE (msxd: sysadmin).
import type { SessionState } from '../session/session-state';
import { requireServerState } from './dm-server-services';
import { VIEW_SERVER_STATE } from './dm-tran-locks';
import { localDatetime, transactionIdOf, visibleSessions } from './session-facts';
import { col, nv, type SystemView } from './system-view';
import type { Scope } from '../interpreter/scope';

const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;
const BIT = { kind: 'bit' } as const;
const NO_UOW = '00000000-0000-0000-0000-000000000000';
const TRANSACTION_TYPE = { readWrite: 1 } as const;
const TRANSACTION_STATE = { active: 2 } as const;
const UNNAMED = 'user_transaction';

function withTransaction(scope: Scope): SessionState[] {
  requireServerState(scope, VIEW_SERVER_STATE);
  return visibleSessions(scope).filter((s) => s.transactions.outermost !== undefined);
}

export const dmTranActiveTransactions: SystemView = {
  name: 'sys.dm_tran_active_transactions',
  columns: [
    col('transaction_id', BIGINT, false), col('name', nv(32), false), col('transaction_begin_time', { kind: 'datetime' }, false),
    col('transaction_type', INT, false), col('transaction_uow', { kind: 'uniqueidentifier' }), col('transaction_state', INT, false),
    col('transaction_status', INT, false), col('transaction_status2', INT, false), col('dtc_state', INT, false),
    col('dtc_status', INT, false), col('dtc_isolation_level', INT, false), col('filestream_transaction_id', { kind: 'varbinary', length: 128 }),
  ],
  rows(scope) {
    return withTransaction(scope).map((s) => {
      const t = s.transactions.outermost!;
      return [
        transactionIdOf(s), (t.name === '' ? UNNAMED : t.name).slice(0, 32), localDatetime(t.beganAt),
        TRANSACTION_TYPE.readWrite, NO_UOW, TRANSACTION_STATE.active, 0, 0, 0, 0, 0, null,
      ];
    });
  },
};

export const dmTranSessionTransactions: SystemView = {
  name: 'sys.dm_tran_session_transactions',
  columns: [
    col('session_id', INT, false), col('transaction_id', BIGINT, false), col('transaction_descriptor', { kind: 'binary', length: 8 }, false),
    col('enlist_count', INT, false), col('is_user_transaction', BIT, false), col('is_local', BIT, false),
    col('is_enlisted', BIT, false), col('is_bound', BIT, false), col('open_transaction_count', INT, false),
  ],
  rows(scope) {
    return withTransaction(scope).map((s) => [
      s.originalLogin.spid, transactionIdOf(s), s.transactions.descriptor, s.activity.request === undefined ? 0 : 1, true, true, false, false, s.transactions.trancount,
    ]);
  },
};
