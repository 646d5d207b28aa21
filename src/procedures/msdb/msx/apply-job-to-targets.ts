// sp_apply_job_to_targets' body (also sp_remove_job_from_targets): expands the comma lists of
// target server groups and target servers, then adds the job to the servers it is not yet
// applied to (sp_add_jobserver) or removes it from the ones it is (sp_delete_jobserver).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow, queryRows, raise, raiseWith } from '../shared/agent-sql';
import { verifyJobIdentifiers } from '../shared/job-identifiers';
import { glit, nlit } from '../shared/sql-text';
import { findGroup } from './target-groups';

export interface ApplyRequest {
  readonly jobId: string | null;
  readonly jobName: string | null;
  readonly targetServerGroups: string | null;
  readonly targetServers: string | null;
  readonly operation: string;
}

function list(v: string | null): string[] {
  return (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export async function applyJobToTargets(ctx: ProcedureContext, req: ApplyRequest): Promise<number> {
  if (!ctx.isSysadmin) return raise(ctx, 15003, 'sysadmin');
  const operation = req.operation.trim().toUpperCase();
  const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: req.jobName, jobId: req.jobId });
  if (!job) return 1;
  if (operation !== 'APPLY' && operation !== 'REMOVE') return raise(ctx, 14266, '@operation', 'APPLY, REMOVE');
  const groups = list(req.targetServerGroups);
  const servers = list(req.targetServers).map((s) => s.toUpperCase());
  if (req.targetServerGroups === null && req.targetServers === null) return raise(ctx, 14283);

  const names = new Set<string>(servers);
  for (const g of groups) {
    const group = await findGroup(ctx, g);
    if (!group) return raise(ctx, 14262, '@target_server_groups', g);
    const members = await queryRows(ctx, `SELECT UPPER(sts.server_name) AS server_name
      FROM msdb.dbo.systargetservergroupmembers AS m JOIN msdb.dbo.systargetservers AS sts ON sts.server_id = m.server_id
      WHERE m.servergroup_id = ${group.servergroup_id}`);
    for (const m of members) names.add(String(m.server_name));
  }
  // only enlisted targets count; of those, the ones the job is (not) applied to yet
  const applied = new Set((await queryRows(ctx, `SELECT UPPER(sts.server_name) AS server_name
    FROM msdb.dbo.sysjobservers AS sjs JOIN msdb.dbo.systargetservers AS sts ON sts.server_id = sjs.server_id
    WHERE sjs.job_id = ${glit(job.jobId)}`)).map((r) => String(r.server_name)));
  const known = new Set((await queryRows(ctx, 'SELECT UPPER(server_name) AS server_name FROM msdb.dbo.systargetservers'))
    .map((r) => String(r.server_name)));
  const todo = [...names].filter((n) => known.has(n) && applied.has(n) === (operation === 'REMOVE')).sort();

  const proc = operation === 'APPLY' ? 'sp_add_jobserver' : 'sp_delete_jobserver';
  let done = 0;
  for (const server of todo) {
    const r = await queryRow(ctx, 'SELECT @__msxd_rc AS rc', `DECLARE @__msxd_rc int;
EXEC @__msxd_rc = msdb.dbo.${proc} @job_id = ${nlit(job.jobId)}, @server_name = ${nlit(server)};`);
    if (Number(r?.rc ?? 1) === 0) done++;
  }
  await raiseWith(ctx, operation === 'APPLY' ? 14240 : 14241, 0, done);
  return 0;
}
