// sp_sqlagent_set_jobschedule_next_run (msxd): the next run the agent computed for one (job,
// schedule), shown by sp_help_jobschedule and sp_help_job; 0/0 = none. SQL Server Agent writes
// sysjobschedules itself.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { glit, ilit } from './shared/sql-text';
import { guidParam, intArg, intParam, strArg } from './schedule-support/params';

export const spSqlagentSetJobscheduleNextRun: ProcedureDefinition = {
  name: 'sp_sqlagent_set_jobschedule_next_run',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [guidParam('@job_id'), intParam('@schedule_id'), intParam('@next_run_date'), intParam('@next_run_time')],
  async run(ctx, args) {
    await execSql(ctx, `UPDATE msdb.dbo.sysjobschedules
SET next_run_date = ${ilit(intArg(args.value('@next_run_date')) ?? 0)}, next_run_time = ${ilit(intArg(args.value('@next_run_time')) ?? 0)}
WHERE job_id = ${glit(strArg(args.value('@job_id')))} AND schedule_id = ${ilit(intArg(args.value('@schedule_id')))};`);
  },
};
