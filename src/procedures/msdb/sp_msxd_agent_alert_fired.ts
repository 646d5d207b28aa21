// sp_msxd_agent_alert_fired (msxd): the node's agent records that an alert's condition occurred
// (occurrence_count + 1, last_occurrence_date/time) and, when it responded (job started,
// operators notified; not within delay_between_responses of the last response), its
// last_response_date/time. SQL Server's agent writes sysalerts itself; ours goes through a
// procedure like every other write it makes.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { ilit } from './shared/sql-text';
import { intArg, intParam } from './schedule-support/params';

export const spMsxdAgentAlertFired: ProcedureDefinition = {
  name: 'sp_msxd_agent_alert_fired',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    intParam('@alert_id'), intParam('@occurrence_date'), intParam('@occurrence_time'),
    intParam('@response_date', null), intParam('@response_time', null),
  ],
  async run(ctx, args) {
    const int = (name: string): string => ilit(intArg(args.value(name)));
    const responded = intArg(args.value('@response_date')) !== null;
    await ctx.executeSql(`UPDATE msdb.dbo.sysalerts SET occurrence_count = occurrence_count + 1,
  last_occurrence_date = ${int('@occurrence_date')}, last_occurrence_time = ${int('@occurrence_time')}${responded ? `,
  last_response_date = ${int('@response_date')}, last_response_time = ${ilit(intArg(args.value('@response_time')) ?? 0)}` : ''}
WHERE id = ${int('@alert_id')};`);
  },
};
