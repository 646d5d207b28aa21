// sp_delete_job: deletes a job (by @job_id or @job_name) or, for SQL Server Agent on a target
// server, every job downloaded from @originating_server. A multiserver job's targets get a
// DELETE download instruction before the rows go (pending non-DELETE instructions are dropped).
// Checks: 14279, 14274 (MSX job / foreign originating server, unless the agent), 14525.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-job-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { deleteJobRows } from './job-support/delete-job-rows';
import { BIT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { postMsxOperation } from './shared/msx-post';
import {
  callerOf, execSql, glit, jobTargets, localServerName, nlit, notifyAgentOfJob, ownsJob, raise, requireAgentUser, trimmed,
  verifyJobIdentifiers, type JobRow,
} from './shared/index';

export const spDeleteJob: ProcedureDefinition = {
  name: 'sp_delete_job',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@originating_server', type: SYSNAME, default: null },
    { name: '@delete_history', type: BIT, default: true },
    { name: '@delete_unused_schedule', type: BIT, default: true },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_delete_job');
    const local = await localServerName(ctx);
    let origin = trimmed(args.value('@originating_server'))?.toUpperCase();
    if (origin === '(LOCAL)') origin = local;
    const jobIdArg = args.value('@job_id');
    const jobNameArg = args.value('@job_name');
    let job: JobRow | undefined;
    if (jobIdArg !== null || jobNameArg !== null) {
      job = await verifyJobIdentifiers(ctx, {
        nameParameter: '@job_name', idParameter: '@job_id',
        jobName: jobNameArg === null ? null : String(jobNameArg), jobId: jobIdArg === null ? null : String(jobIdArg),
      });
      if (!job) return 1;
    }
    if ((job === undefined) === (origin === undefined)) return raise(ctx, 14279);
    const msxJob = job !== undefined && job.originatingServer.toUpperCase() !== local;
    if (((origin !== undefined && origin !== local) || msxJob) && !caller.isAgent) return raise(ctx, 14274);
    if (job && !ownsJob(caller, job) && !caller.isSysadmin) return raise(ctx, 14525);
    const deleteHistory = args.value('@delete_history') !== false;
    const deleteUnusedSchedules = args.value('@delete_unused_schedule') !== false;
    if (job) {
      const cached = (await jobTargets(ctx, job.jobId)).local;
      if (!await execSql(ctx, `DELETE FROM msdb.dbo.sysdownloadlist WHERE object_id = ${glit(job.jobId)} AND operation_code <> 3;`)) return 1;
      await postMsxOperation(ctx, { operation: 'DELETE', jobId: job.jobId });
      if (!await deleteJobRows(ctx, { jobIds: `SELECT ${glit(job.jobId)}`, deleteHistory, deleteUnusedSchedules })) return 1;
      if (cached) await notifyAgentOfJob(ctx, job.jobId, 'D');
      return 0;
    }
    // every job downloaded from that MSX (sp_delete_all_msx_jobs): no post, this runs on a target
    const ids = `SELECT j.job_id FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.sysoriginatingservers_view AS o
  ON o.originating_server_id = j.originating_server_id WHERE UPPER(o.originating_server) = ${nlit(origin!)} AND o.master_server = 1`;
    return (await deleteJobRows(ctx, { jobIds: ids, deleteHistory, deleteUnusedSchedules })) ? 0 : 1;
  },
};
