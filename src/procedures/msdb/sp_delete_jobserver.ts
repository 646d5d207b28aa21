// sp_delete_jobserver: removes a job's target (14043 without @server_name, 14262 unknown target,
// 14270 not targeted there); the target gets a DELETE instruction before the row goes.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-jobserver-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { postMsxOperation } from './shared/msx-post';
import {
  callerOf, execSql, glit, ilit, localServerName, nlit, notifyAgentOfJob, queryRow, raise, requireAgentUser,
  verifyJobIdentifiers,
} from './shared/index';

export const spDeleteJobServer: ProcedureDefinition = {
  name: 'sp_delete_jobserver',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@server_name', type: SYSNAME },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_delete_jobserver');
    const arg = args.value('@server_name');
    if (arg === null) return raise(ctx, 14043, '@server_name', 'sp_delete_jobserver');
    const local = await localServerName(ctx);
    let server = String(arg).trim().toUpperCase();
    if (server === '(LOCAL)') server = local;
    const s = (n: string): string | null => { const v = args.value(n); return v === null ? null : String(v); };
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: s('@job_name'), jobId: s('@job_id') });
    if (!job) return 1;
    let serverId = 0;
    if (server !== local) {
      const t = await queryRow(ctx, `SELECT server_id FROM msdb.dbo.systargetservers WHERE server_name = ${nlit(server)}`);
      if (!t) return raise(ctx, 14262, '@server_name', server);
      serverId = Number(t.server_id);
    }
    const id = glit(job.jobId);
    const there = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobservers WHERE job_id = ${id} AND server_id = ${ilit(serverId)}`);
    if (!there) return raise(ctx, 14270, job.name, server);
    const status = await postMsxOperation(ctx, { operation: 'DELETE', jobId: job.jobId, specificTargetServer: server });
    if (!await execSql(ctx, `DELETE FROM msdb.dbo.sysjobservers WHERE job_id = ${id} AND server_id = ${ilit(serverId)};`)) return 1;
    if (serverId === 0) await notifyAgentOfJob(ctx, job.jobId, 'D');
    return status;
  },
};
