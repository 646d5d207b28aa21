// sp_stop_job: asks the agent to stop a running job. One of @job_name, @job_id,
// @originating_server (14232); job owner, SQLAgentOperatorRole or sysadmin (14393); multiserver
// jobs: sysadmin (14397), posted as STOP; no servers: 14257. Refused with the agent's 22022 texts
// when no agent session exists or the job is not running; otherwise queued for the agent and
// "Job '...' stopped successfully." (14254). @originating_server stops every running job
// downloaded from that MSX (14268 when there are none), reporting 14253.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-stop-job-transact-sql
import type { ProcedureContext, ProcedureDefinition } from '../../engine/procedure-registry';
import { queryRows, raise, raiseWith } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { jobTargets } from './shared/job-targets';
import { postMsxOperation } from './shared/msx-post';
import { findTarget } from './msx/msx-sql';
import { nlit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { agentRefusal, agentSession, runningRequest } from './schedule-support/agent-state';
import { queueNotification, requestedBy } from './schedule-support/notify-queue';
import { guidParam, strArg, sysnameParam } from './schedule-support/params';

async function stopFromMsx(ctx: ProcedureContext, server: string): Promise<number> {
  const jobs = await queryRows(ctx, `SELECT CONVERT(nvarchar(36), job_id) AS job_id FROM msdb.dbo.sysjobs_view
WHERE master_server = 1 AND UPPER(originating_server) = ${nlit(server.toUpperCase())}`);
  if (jobs.length === 0) return raise(ctx, 14268, server);
  const session = await agentSession(ctx);
  let stopped = 0;
  for (const j of jobs) {
    const id = String(j.job_id);
    if (session !== undefined && await runningRequest(ctx, session, id) !== undefined) {
      await queueNotification(ctx, { opType: 'J', actionType: 'C', jobId: id });
      stopped++;
    }
  }
  await raiseWith(ctx, 14253, 0, stopped, jobs.length);
  return 0;
}

export const spStopJob: ProcedureDefinition = {
  name: 'sp_stop_job',
  home: 'msdb',
  permission: 'public',
  parameters: [
    sysnameParam('@job_name', null),
    guidParam('@job_id', null),
    sysnameParam('@originating_server', null),
    sysnameParam('@server_name', null),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_stop_job');
    const name = strArg(args.value('@job_name'));
    const id = strArg(args.value('@job_id'));
    const origin = strArg(args.value('@originating_server'))?.trim() || null;
    if ([name, id, origin].filter((v) => v !== null).length !== 1) return raise(ctx, 14232);
    if (origin !== null) {
      if (!roles.isSysadmin) return raise(ctx, 14393);
      return stopFromMsx(ctx, origin);
    }
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: name, jobId: id });
    if (!job) return 1;
    if (!roles.isSysadmin && !roles.operator && roles.sid.toUpperCase() !== job.ownerSid.toUpperCase()) return raise(ctx, 14393);
    const targets = await jobTargets(ctx, job.jobId);
    if (targets.remote.length > 0) {
      if (!roles.isSysadmin) return raise(ctx, 14397);
      const server = strArg(args.value('@server_name'))?.trim().toUpperCase() || undefined;
      if (server !== undefined && !await findTarget(ctx, server)) return raise(ctx, 14262, '@server_name', server);
      return postMsxOperation(ctx, { operation: 'STOP', jobId: job.jobId, ...(server ? { specificTargetServer: server } : {}) });
    }
    if (!targets.local) return raise(ctx, 14257, job.name, job.jobId);
    const session = await agentSession(ctx);
    if (session === undefined) return agentRefusal(ctx, 'agentNotRunning');
    if (await runningRequest(ctx, session, job.jobId) === undefined) return agentRefusal(ctx, 'notRunning', job.name, requestedBy(ctx));
    await queueNotification(ctx, { opType: 'J', actionType: 'C', jobId: job.jobId });
    await raiseWith(ctx, 14254, 0, job.name);
    return 0;
  },
};
