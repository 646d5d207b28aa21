// sp_delete_jobstep: deletes one step (later steps and go-to references renumbered; references to
// the deleted step become quit-with-success / quit-with-failure) or, with @step_id = 0, all steps.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-jobstep-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { INT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { jobToChange } from './job-support/step-support';
import { maxStepId } from './job-support/verify-jobstep';
import { postMsxOperation } from './shared/msx-post';
import { callerOf, execSql, glit, jobTargets, notifyAgentOfJob, raise, requireAgentUser } from './shared/index';

export const spDeleteJobStep: ProcedureDefinition = {
  name: 'sp_delete_jobstep',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@step_id', type: INT },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_delete_jobstep');
    const job = await jobToChange(ctx, args, caller);
    if (!job) return 1;
    const stepId = Number(args.value('@step_id'));
    const max = await maxStepId(ctx, job.jobId);
    if (args.value('@step_id') === null || stepId < 0 || stepId > max) return raise(ctx, 14266, '@step_id', `${messageDef(14201)!.text}${max}`);
    const id = glit(job.jobId);
    const statements: string[] = stepId === 0
      ? [`DELETE FROM msdb.dbo.sysjobsteps WHERE job_id = ${id};`]
      : [
        `DELETE FROM msdb.dbo.sysjobsteps WHERE job_id = ${id} AND step_id = ${stepId};`,
        // renumbered through negative ids: SQLite checks the unique (job_id, step_id) row by row
        `UPDATE msdb.dbo.sysjobsteps SET step_id = -(step_id - 1) WHERE step_id > ${stepId} AND job_id = ${id};`,
        `UPDATE msdb.dbo.sysjobsteps SET step_id = -step_id WHERE step_id < 0 AND job_id = ${id};`,
        `UPDATE msdb.dbo.sysjobsteps SET on_success_step_id = on_success_step_id - 1 WHERE on_success_step_id > ${stepId} AND job_id = ${id};`,
        `UPDATE msdb.dbo.sysjobsteps SET on_fail_step_id = on_fail_step_id - 1 WHERE on_fail_step_id > ${stepId} AND job_id = ${id};`,
        `UPDATE msdb.dbo.sysjobsteps SET on_success_step_id = 0, on_success_action = 1 WHERE on_success_step_id = ${stepId} AND job_id = ${id};`,
        `UPDATE msdb.dbo.sysjobsteps SET on_fail_step_id = 0, on_fail_action = 2 WHERE on_fail_step_id = ${stepId} AND job_id = ${id};`,
      ];
    // SQL Server's sysjobstepslogs rows go with their step (ON DELETE CASCADE); msdb's foreign key has none
    statements.unshift(`DELETE FROM msdb.dbo.sysjobstepslogs WHERE step_uid IN (SELECT step_uid FROM msdb.dbo.sysjobsteps
  WHERE job_id = ${id}${stepId === 0 ? '' : ` AND step_id = ${stepId}`});`);
    statements.push(`UPDATE msdb.dbo.sysjobs SET version_number = version_number + 1, date_modified = GETDATE() WHERE job_id = ${id};`);
    if (!await execSql(ctx, statements, true)) return 1;
    const targets = await jobTargets(ctx, job.jobId);
    if ((await maxStepId(ctx, job.jobId)) === 0 && targets.local) await notifyAgentOfJob(ctx, job.jobId, 'U');
    if (targets.remote.length > 0) await postMsxOperation(ctx, { operation: 'INSERT', jobId: job.jobId });
    return 0;
  },
};
