// sp_start_job: asks the agent to run a job now (optionally from @step_name). Job owner,
// SQLAgentOperatorRole or sysadmin (14393); multiserver jobs: sysadmin (14397), posted as START
// to their targets; a job without servers is 14256, without steps 14528. Refused with the
// agent's 22022 texts when no agent session exists or the job is already running; otherwise
// queued for the agent and "Job '...' started successfully." (14243, @output_flag = 1).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-start-job-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { queryRow, raise, raiseWith } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { jobTargets } from './shared/job-targets';
import { postMsxOperation } from './shared/msx-post';
import { findTarget } from './msx/msx-sql';
import { glit, nlit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { agentRefusal, agentSession, runningRequest } from './schedule-support/agent-state';
import { queueNotification, requestedBy } from './schedule-support/notify-queue';
import { guidParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';

export const spStartJob: ProcedureDefinition = {
  name: 'sp_start_job',
  home: 'msdb',
  permission: 'public',
  parameters: [
    sysnameParam('@job_name', null),
    guidParam('@job_id', null),
    intParam('@error_flag', 1),
    sysnameParam('@server_name', null),
    sysnameParam('@step_name', null),
    intParam('@output_flag', 1),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_start_job');
    const job = await verifyJobIdentifiers(ctx, {
      nameParameter: '@job_name', idParameter: '@job_id',
      jobName: strArg(args.value('@job_name')), jobId: strArg(args.value('@job_id')),
    });
    if (!job) return 1;
    if (!roles.isSysadmin && !roles.operator && roles.sid.toUpperCase() !== job.ownerSid.toUpperCase()) return raise(ctx, 14393);
    const targets = await jobTargets(ctx, job.jobId);
    if (targets.remote.length > 0) {
      if (!roles.isSysadmin) return raise(ctx, 14397);
      const server = strArg(args.value('@server_name'))?.trim().toUpperCase() || undefined;
      if (server !== undefined && !await findTarget(ctx, server)) return raise(ctx, 14262, '@server_name', server);
      const target = server ? { specificTargetServer: server } : {};
      // an auto-delete job is re-posted first, as the target deleted it after its last run
      if (job.deleteLevel !== 0) await postMsxOperation(ctx, { operation: 'INSERT', jobId: job.jobId, ...target });
      return postMsxOperation(ctx, { operation: 'START', jobId: job.jobId, ...target });
    }
    if (!targets.local) return raise(ctx, 14256, job.name, job.jobId);
    const steps = await queryRow(ctx, `SELECT COUNT(*) AS n FROM msdb.dbo.sysjobsteps WHERE job_id = ${glit(job.jobId)}`);
    if (Number(steps?.n ?? 0) === 0) return raise(ctx, 14528, job.name);
    const stepName = strArg(args.value('@step_name'))?.trim() || null;
    if (stepName !== null) {
      const step = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobsteps WHERE job_id = ${glit(job.jobId)} AND step_name = ${nlit(stepName)}`);
      if (!step) return raise(ctx, 14262, '@step_name', stepName);
    }
    const report = intArg(args.value('@error_flag')) === 1;
    const session = await agentSession(ctx);
    if (session === undefined) return report ? agentRefusal(ctx, 'agentNotRunning') : 1;
    const by = await runningRequest(ctx, session, job.jobId);
    if (by !== undefined) return report ? agentRefusal(ctx, 'alreadyRunning', job.name, requestedBy(ctx), by) : 1;
    await queueNotification(ctx, { opType: 'J', actionType: 'S', jobId: job.jobId, stepName });
    if (intArg(args.value('@output_flag')) === 1) await raiseWith(ctx, 14243, 0, job.name);
    return 0;
  },
};
