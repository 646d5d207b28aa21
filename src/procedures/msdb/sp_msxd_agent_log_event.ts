// sp_msxd_agent_log_event (msxd): SQL Server Agent writes an event to the application event log
// (source SQLSERVERAGENT), e.g. a job outcome when notify_level_eventlog matches (event 208).
// msxd's agent is a client of its node, so it writes through this procedure into the node's error
// log (src/engine/error-log.ts), where xp_readerrorlog / sp_readerrorlog show it. The entry never
// fires an alert (sp_msxd_agent_logged_errors returns the server's own errors only), as SQL
// Server's alerts watch the MSSQLSERVER source. sysadmin only, as the agent's other procedures.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { intArg, strArg } from './schedule-support/params';

const EVENT_TYPES: ReadonlySet<number> = new Set([1, 2, 4]);

export const spMsxdAgentLogEvent: ProcedureDefinition = {
  name: 'sp_msxd_agent_log_event',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@event_id', type: { kind: 'int' }, default: 208 },
    /** EVENTLOG_ERROR_TYPE 1, EVENTLOG_WARNING_TYPE 2, EVENTLOG_INFORMATION_TYPE 4 */
    { name: '@event_type', type: { kind: 'int' }, default: 4 },
    { name: '@message', type: { kind: 'nvarchar', length: 4000 } },
  ],
  run(ctx, args) {
    const type = intArg(args.value('@event_type')) ?? 4;
    ctx.errorLog?.writeAgentEvent({
      eventId: intArg(args.value('@event_id')) ?? 208,
      eventType: EVENT_TYPES.has(type) ? type : 4,
      text: strArg(args.value('@message')) ?? '',
    });
    return 0;
  },
};
