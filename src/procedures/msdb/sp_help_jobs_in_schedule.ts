// sp_help_jobs_in_schedule: sp_help_job's list columns (sp_get_composite_job_info) for the jobs a
// schedule is attached to. The schedule is found as sp_verify_schedule_identifiers finds it.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobs-in-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { compositeJobInfoSql } from './job-support/composite-job-info';
import { requireAgentUser } from './schedule-support/agent-roles';
import { intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { verifyScheduleIdentifiers } from './schedule-support/schedule-lookup';

export const spHelpJobsInSchedule: ProcedureDefinition = {
  name: 'sp_help_jobs_in_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [sysnameParam('@schedule_name', null), intParam('@schedule_id', null)],
  async run(ctx, args) {
    await requireAgentUser(ctx, 'sp_help_jobs_in_schedule');
    const s = await verifyScheduleIdentifiers(ctx, {
      nameParameter: '@schedule_name', idParameter: '@schedule_id',
      scheduleName: strArg(args.value('@schedule_name')), scheduleId: intArg(args.value('@schedule_id')),
    });
    if (!s) return 1;
    await ctx.executeSql(`SET NOCOUNT ON;\n${compositeJobInfoSql({ scheduleId: s.scheduleId })}`);
    return 0;
  },
};
