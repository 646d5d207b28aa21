// sys.dm_exec_input_buffer(session_id, request_id) ("sys.dm_exec_input_buffer (Transact-SQL)"):
// the last request a session's client sent, as DBCC INPUTBUFFER shows it (the same row,
// session/request-text.ts) but with event_info nvarchar(max), not cut at 4000 characters. msxd
// runs one request per session (no MARS), so request_id 0 is the only one; a NULL request_id
// selects it too. Every session for sysadmins (VIEW SERVER STATE), only one's own for others,
// as SQL Server: no error, just no row for another session.
import { inputBufferRow } from '../session/request-text';
import { visibleSessions } from './session-facts';
import type { SystemFunction } from './system-function';
import { col, nv } from './system-view';

/** the only request of a session: msxd has no MARS */
const REQUEST_ID = 0;

export const dmExecInputBuffer: SystemFunction = {
  name: 'sys.dm_exec_input_buffer',
  params: [
    { name: 'session_id', type: { kind: 'smallint' } },
    { name: 'request_id', type: { kind: 'int' }, nullMatchesAll: true },
  ],
  columns: [col('event_type', nv(256)), col('parameters', { kind: 'smallint' }), col('event_info', { kind: 'nvarchar', length: 'max' })],
  rows(scope) {
    return visibleSessions(scope).map((s) => ({
      key: [s.originalLogin.spid, REQUEST_ID],
      values: inputBufferRow(s.activity.input),
    }));
  },
};
