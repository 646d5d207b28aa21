// sp_add_jobserver: targets a job at the local server (server_id 0) or at a target server of this
// MSX. Remote targets need a sysadmin caller (14398), a sysadmin owner (14544), no TSQL step with
// a database user (14542) and a known target (14262); never both local and remote (14290/14291);
// 14269 if already targeted; 14221 if a multiserver job notifies others than MSXOperator. The
// job is re-categorised, posted (INSERT) to the new target, and the local agent told.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-jobserver-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { BIT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { postMsxOperation } from './shared/msx-post';
import {
  blit, callerOf, execSql, glit, ilit, localServerName, nlit, notifyAgentOfJob, queryRow, raise,
  requireAgentUser, sidIsSysadmin, verifyJobIdentifiers,
} from './shared/index';

export const spAddJobServer: ProcedureDefinition = {
  name: 'sp_add_jobserver',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@server_name', type: SYSNAME, default: null },
    { name: '@automatic_post', type: BIT, default: true },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_add_jobserver');
    const local = await localServerName(ctx);
    const arg = args.value('@server_name');
    let server = arg === null || String(arg).trim().toUpperCase() === '(LOCAL)' ? local : String(arg).trim().toUpperCase();
    const s = (n: string): string | null => { const v = args.value(n); return v === null ? null : String(v); };
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: s('@job_name'), jobId: s('@job_id') });
    if (!job) return 1;
    if (server === local.toUpperCase()) server = local;
    const id = glit(job.jobId);
    let serverId = 0;
    if (server !== local) {
      if (!caller.isSysadmin) return raise(ctx, 14398);
      if (!await sidIsSysadmin(ctx, job.ownerSid)) {
        const owner = await queryRow(ctx, `SELECT SUSER_SNAME(${blit(job.ownerSid)}) AS n`);
        return raise(ctx, 14544, owner?.n === null || owner?.n === undefined ? null : String(owner.n), 'sysadmin');
      }
      const user = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobsteps WHERE job_id = ${id} AND subsystem = N'TSQL' AND database_user_name IS NOT NULL`);
      if (user) return raise(ctx, 14542, 'database_user_name');
      const t = await queryRow(ctx, `SELECT server_id FROM msdb.dbo.systargetservers WHERE server_name = ${nlit(server)}`);
      if (!t) return raise(ctx, 14262, '@server_name', server);
      serverId = Number(t.server_id);
    }
    const already = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobservers WHERE job_id = ${id} AND server_id = ${ilit(serverId)}`);
    if (already) return raise(ctx, 14269, job.name, server);
    // whether the job targets the local server or any remote one, not the list of its targets
    // (a job applied to 1,000 targets one call at a time would read them all at every call)
    const targets = await queryRow(ctx, `SELECT MAX(CASE WHEN server_id = 0 THEN 1 ELSE 0 END) AS local,
  MAX(CASE WHEN server_id <> 0 THEN 1 ELSE 0 END) AS remote FROM msdb.dbo.sysjobservers WHERE job_id = ${id}`);
    const type = Number(targets?.local ?? 0) === 1 ? 'LOCAL' : Number(targets?.remote ?? 0) === 1 ? 'MULTI-SERVER' : 'UNKNOWN';
    if (serverId === 0 && type === 'MULTI-SERVER') return raise(ctx, 14290);
    if (serverId !== 0 && type === 'LOCAL') return raise(ctx, 14291);
    if (type === 'MULTI-SERVER') {
      const other = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobs WHERE job_id = ${id}
  AND ((notify_email_operator_id <> 0 AND notify_email_operator_id <> ISNULL(@m, -1))
    OR (notify_page_operator_id <> 0 AND notify_page_operator_id <> ISNULL(@m, -1))
    OR (notify_netsend_operator_id <> 0 AND notify_netsend_operator_id <> ISNULL(@m, -1)))`,
      `DECLARE @m int = (SELECT id FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator');`);
      if (other) return raise(ctx, 14221, 'MSXOperator');
    }
    const ok = await execSql(ctx, [
      `INSERT INTO msdb.dbo.sysjobservers (job_id, server_id, last_run_outcome, last_outcome_message, last_run_date, last_run_time, last_run_duration)
VALUES (${id}, ${ilit(serverId)}, 5, NULL, 0, 0, 0);`,
      serverId === 0
        ? `UPDATE msdb.dbo.sysjobs SET category_id = 0 WHERE job_id = ${id} AND category_id IN (SELECT category_id FROM msdb.dbo.syscategories WHERE category_type = 2);`
        : `UPDATE msdb.dbo.sysjobs SET category_id = 2 WHERE job_id = ${id} AND category_id IN (SELECT category_id FROM msdb.dbo.syscategories WHERE category_type = 1);`,
    ], true);
    if (!ok) return 1;
    let status = 0;
    if (args.value('@automatic_post') !== false) status = await postMsxOperation(ctx, { operation: 'INSERT', jobId: job.jobId, specificTargetServer: server });
    if (serverId === 0) await notifyAgentOfJob(ctx, job.jobId, 'I');
    return status;
  },
};
