// sys.dm_exec_sql_text(sql_handle | plan_handle) ("sys.dm_exec_sql_text (Transact-SQL)"): the
// text of a batch by its handle. msxd has no plan cache: the handles it knows are those of every
// session's running request and last request (sys.dm_exec_requests.sql_handle,
// sys.dm_exec_connections.most_recent_sql_handle; session/request-text.ts makes them), so a handle
// whose session has moved on to another batch returns no row, where SQL Server would still find
// it in its cache while the plan stays there. dbid, objectid and number are NULL, as for SQL
// Server's ad hoc and prepared batches (msxd never hands out a module's handle); encrypted 0.
// plan_handle: msxd has none to give, so nothing matches one.
// Permission: VIEW SERVER PERFORMANCE STATE (SQL Server 2022; VIEW SERVER STATE before): sysadmin.
import type { SqlValue } from '../../types/values';
import { requireServerState } from './dm-server-services';
import { PERFORMANCE_STATE } from './dm-os-wait-stats';
import { mostRecentSqlText, visibleSessions } from './session-facts';
import { col, type ViewColumn } from './system-view';
import type { SystemFunction, SystemFunctionRow } from './system-function';
import { sqlHandleOf } from '../session/request-text';

const COLUMNS: readonly ViewColumn[] = [
  col('dbid', { kind: 'smallint' }), col('objectid', { kind: 'int' }), col('number', { kind: 'smallint' }),
  col('encrypted', { kind: 'bit' }, false), col('text', { kind: 'nvarchar', length: 'max' }),
];

export const dmExecSqlText: SystemFunction = {
  name: 'sys.dm_exec_sql_text',
  params: [{ name: 'sql_handle', type: { kind: 'varbinary', length: 64 } }],
  columns: COLUMNS,
  rows(scope) {
    requireServerState(scope, PERFORMANCE_STATE);
    const byHandle = new Map<string, SystemFunctionRow>();
    for (const session of visibleSessions(scope)) {
      const text = mostRecentSqlText(session);
      if (text === undefined) continue;
      const handle = sqlHandleOf(text);
      const values: SqlValue[] = [null, null, null, false, text];
      byHandle.set(handle.toString('hex'), { key: [handle], values });
    }
    return byHandle.values();
  },
};
