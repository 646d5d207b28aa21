// The optional step of a job procedure (@step_id or @step_name) as sp_help_jobsteplog and
// sp_delete_jobsteplog check it: a job without steps is 14528, an id outside 1..max is 14266, an
// unknown name is 14262; a given @step_id wins over @step_name.
import type { ProcedureArgs, ProcedureContext } from '../../../engine/procedure-registry';
import { callerOf, glit, nlit, queryRow, raise, requireAgentUser, verifyJobIdentifiers, type JobRow } from '../shared/index';
import { intArg, strArg } from '../schedule-support/params';
import { maxStepId } from './verify-jobstep';

export type StepSelection =
  | { readonly kind: 'all' }
  | { readonly kind: 'step'; readonly stepId: number }
  | { readonly kind: 'failed' };

export async function selectStep(
  ctx: ProcedureContext, job: JobRow, stepId: number | null, stepName: string | null,
): Promise<StepSelection> {
  if (stepId !== null) {
    const max = await maxStepId(ctx, job.jobId);
    if (max === 0) { await raise(ctx, 14528, job.name); return { kind: 'failed' }; }
    if (stepId < 1 || stepId > max) { await raise(ctx, 14266, '@step_id', `1..${max}`); return { kind: 'failed' }; }
    return { kind: 'step', stepId };
  }
  if (stepName === null) return { kind: 'all' };
  const r = await queryRow(ctx, `SELECT step_id FROM msdb.dbo.sysjobsteps WHERE step_name = ${nlit(stepName)} AND job_id = ${glit(job.jobId)}`);
  if (!r) { await raise(ctx, 14262, '@step_name', stepName); return { kind: 'failed' }; }
  return { kind: 'step', stepId: Number(r.step_id) };
}

/**
 * The prologue the step-log procedures share, in SQL Server's order: the caller is an Agent user,
 * then the job (@job_id / @job_name), then the step (@step_id / @step_name). Undefined once an
 * error was raised (the procedure returns 1).
 */
export async function jobStepOf(
  ctx: ProcedureContext, args: ProcedureArgs, procedure: string,
): Promise<{ readonly job: JobRow; readonly step: Exclude<StepSelection, { kind: 'failed' }> } | undefined> {
  requireAgentUser(await callerOf(ctx), procedure);
  const job = await verifyJobIdentifiers(ctx, {
    nameParameter: '@job_name', idParameter: '@job_id', jobName: strArg(args.value('@job_name')), jobId: strArg(args.value('@job_id')),
  });
  if (!job) return undefined;
  const step = await selectStep(ctx, job, intArg(args.value('@step_id')), strArg(args.value('@step_name')));
  return step.kind === 'failed' ? undefined : { job, step };
}
