// sp_help_jobsteplog: the sysjobstepslogs rows of a job's steps (all, or one by @step_id /
// @step_name): job_id, job_name, step_id, step_name, step_uid, date_created, date_modified,
// log_size, log. Validation order as SQL Server's body: job identifiers (sp_verify_job_identifiers,
// NO_TEST), then the step (job-support/step-selector.ts). Granted to SQLAgentUserRole.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobsteplog-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { INT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { jobStepOf } from './job-support/step-selector';
import { sqlParams } from './shared/agent-sql';

// msxd orders by step_id (SQL Server's SELECT has no ORDER BY; its rows come in step order).
const LOGS = `SELECT sjv.job_id, @job_name AS job_name, steps.step_id, steps.step_name, steps.step_uid,
  logs.date_created, logs.date_modified, logs.log_size, logs.log
FROM msdb.dbo.sysjobs_view sjv, msdb.dbo.sysjobsteps AS steps, msdb.dbo.sysjobstepslogs AS logs
WHERE sjv.job_id = @job_id AND steps.job_id = @job_id AND (@step_id IS NULL OR steps.step_id = @step_id)
  AND steps.step_uid = logs.step_uid
ORDER BY steps.step_id, logs.log_id;`;

export const spHelpJobStepLog: ProcedureDefinition = {
  name: 'sp_help_jobsteplog',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@step_id', type: INT, default: null },
    { name: '@step_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const found = await jobStepOf(ctx, args, 'sp_help_jobsteplog');
    if (!found) return 1;
    const { job, step } = found;
    await ctx.executeSql(LOGS, sqlParams({
      '@job_id': typed(UNIQUEIDENTIFIER, job.jobId),
      '@job_name': typed(SYSNAME, job.name),
      '@step_id': typed(INT, step.kind === 'step' ? step.stepId : null),
    }));
    return 0;
  },
};
