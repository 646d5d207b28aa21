// sp_msxd_agent_tick (msxd): the node's agent calls this once a second instead of
// sp_sqlagent_fetch_notifications. Nearly every second nothing is queued, so the common answer
// is one indexed existence test and no result set; only when a request waits does it run the
// full fetch (which dequeues, marks delivered and trims delivered rows) and return its rows.
// SQL Server's agent is woken in-process by xp_sqlagent_notify; a TDS client must ask, and the
// asking is what an idle node pays for every second.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { ilit } from './shared/sql-text';
import { intArg, intParam } from './schedule-support/params';

export const spMsxdAgentTick: ProcedureDefinition = {
  name: 'sp_msxd_agent_tick',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [intParam('@session_id')],
  async run(ctx, args) {
    const session = ilit(intArg(args.value('@session_id')) ?? 0);
    await ctx.executeSql(`IF EXISTS (SELECT 1 FROM msdb.dbo.msxd_agent_notifications WHERE delivered_session_id IS NULL)
  EXEC msdb.dbo.sp_sqlagent_fetch_notifications @session_id = ${session};`);
  },
};
