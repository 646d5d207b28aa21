// sp_help_jobcount: how many jobs a schedule is attached to (one column, JobCount). The schedule
// is found as sp_verify_schedule_identifiers finds it (14373 for neither/both identifiers, 14262,
// 14371 for a name shared by schedules).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobcount-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { ilit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { verifyScheduleIdentifiers } from './schedule-support/schedule-lookup';

export const spHelpJobCount: ProcedureDefinition = {
  name: 'sp_help_jobcount',
  home: 'msdb',
  permission: 'public',
  parameters: [sysnameParam('@schedule_name', null), intParam('@schedule_id', null)],
  async run(ctx, args) {
    await requireAgentUser(ctx, 'sp_help_jobcount');
    const s = await verifyScheduleIdentifiers(ctx, {
      nameParameter: '@schedule_name', idParameter: '@schedule_id',
      scheduleName: strArg(args.value('@schedule_name')), scheduleId: intArg(args.value('@schedule_id')),
    });
    if (!s) return 1;
    await ctx.executeSql(`SELECT COUNT(*) AS JobCount FROM msdb.dbo.sysjobschedules WHERE schedule_id = ${ilit(s.scheduleId)};`);
    return 0;
  },
};
