// sp_delete_jobsteplog: deletes the sysjobstepslogs rows of a job's steps (all, or one by
// @step_id / @step_name), only those last modified before @older_than and larger than
// @larger_than when given. Validation order as SQL Server's body: job identifiers
// (sp_verify_job_identifiers, NO_TEST), then the step (job-support/step-selector.ts).
// @larger_than is documented in megabytes, but SQL Server's body compares it with log_size (bytes)
// as it stands; msxd does the same so that a script deletes the same rows on both.
// Granted to SQLAgentUserRole (sysjobs_view limits a non-sysadmin to the jobs it owns).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-jobsteplog-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { DATETIME, INT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { jobStepOf } from './job-support/step-selector';
import { execSql, sqlParams } from './shared/agent-sql';

const DELETE_LOGS = `DELETE FROM msdb.dbo.sysjobstepslogs
WHERE step_uid IN (SELECT js.step_uid FROM msdb.dbo.sysjobsteps js, msdb.dbo.sysjobs_view jv
                   WHERE jv.job_id = @job_id AND js.job_id = jv.job_id AND (@step_id IS NULL OR js.step_id = @step_id))
  AND (@older_than IS NULL OR date_modified < @older_than)
  AND (@larger_than IS NULL OR log_size > @larger_than);`;

export const spDeleteJobStepLog: ProcedureDefinition = {
  name: 'sp_delete_jobsteplog',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@step_id', type: INT, default: null },
    { name: '@step_name', type: SYSNAME, default: null },
    { name: '@older_than', type: DATETIME, default: null },
    { name: '@larger_than', type: INT, default: null },
  ],
  async run(ctx, args) {
    const found = await jobStepOf(ctx, args, 'sp_delete_jobsteplog');
    if (!found) return 1;
    const { job, step } = found;
    const ok = await execSql(ctx, DELETE_LOGS, false, sqlParams({
      '@job_id': typed(UNIQUEIDENTIFIER, job.jobId),
      '@step_id': typed(INT, step.kind === 'step' ? step.stepId : null),
      '@older_than': typed(DATETIME, args.value('@older_than')),
      '@larger_than': typed(INT, args.value('@larger_than')),
    }));
    return ok ? 0 : 1;
  },
};
