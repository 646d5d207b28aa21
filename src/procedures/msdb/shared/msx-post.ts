// The JOB part of sp_post_msx_operation (reference §4): download instructions for the target
// servers a multiserver job is assigned to, written to sysdownloadlist. Every procedure that
// changes such a job posts through here (sp_add_jobserver INSERT, sp_delete_jobserver and
// sp_delete_job DELETE, sp_update_job UPDATE/INSERT, step changes INSERT, sp_start_job START ...).
// SERVER and SCHEDULE posts (RE-ENLIST, DEFECT, SYNC-TIME, SET-POLL, schedule reloads) belong to
// the multiserver procedures.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { downloadOperationByName } from '../../../msdb/index';
import { queryRow, raiseWith } from './agent-sql';
import { jobById } from './job-identifiers';
import { localServerName } from './local-server';
import { glit, ilit, nlit } from './sql-text';

export type JobOperation = 'INSERT' | 'UPDATE' | 'DELETE' | 'START' | 'STOP';

export interface JobPost {
  readonly operation: JobOperation;
  readonly jobId: string;
  /** NULL = every target of the job */
  readonly specificTargetServer?: string;
}

/** Posts and reports 14230 as sp_post_msx_operation does; resolves to its return code. */
export async function postMsxOperation(ctx: ProcedureContext, post: JobPost): Promise<number> {
  if (!ctx.isSysadmin) return 0;
  const op = downloadOperationByName(post.operation);
  if (!op) throw new Error(`unknown operation ${post.operation}`);
  const target = post.specificTargetServer?.trim().toUpperCase() || undefined;
  if (target !== undefined) {
    if (target === await localServerName(ctx)) return 0;
    const known = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.systargetservers WHERE UPPER(server_name) = ${nlit(target)}`);
    if (!known) return raiseWith(ctx, 14262, -1, '@specific_target_server', target);
  }
  const msx = await queryRow(ctx, 'SELECT COUNT(*) AS n FROM msdb.dbo.systargetservers');
  if (Number(msx?.n ?? 0) === 0) return 0;
  const job = await jobById(ctx, post.jobId);
  if (!job) return raiseWith(ctx, 14262, -1, '@job_id', post.jobId.toUpperCase());
  const targets = await queryRow(ctx, `SELECT SUM(CASE WHEN server_id = 0 THEN 1 ELSE 0 END) AS local_rows, COUNT(*) AS n
  FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(job.jobId)}`);
  if (Number(targets?.n ?? 0) === 0 || Number(targets?.local_rows ?? 0) > 0) return 0;
  const name = post.operation === 'DELETE' ? nlit(job.name) : 'NULL';
  const where = target === undefined ? '' : ` AND UPPER(t.server_name) = ${nlit(target)}`;
  const count = await queryRow(ctx, `SELECT @@ROWCOUNT AS n`, `INSERT INTO msdb.dbo.sysdownloadlist
  (source_server, operation_code, object_type, object_id, target_server, deleted_object_name)
SELECT CONVERT(sysname, SERVERPROPERTY('MachineName')), ${ilit(op.code)}, 1, s.job_id, UPPER(t.server_name), ${name}
FROM msdb.dbo.sysjobservers AS s JOIN msdb.dbo.systargetservers AS t ON t.server_id = s.server_id
WHERE s.job_id = ${glit(job.jobId)}${where};`);
  await raiseWith(ctx, 14230, 0, Number(count?.n ?? 0), post.operation);
  return 0;
}

/** 14547: the change is not posted (sp_update_job ... @automatic_post = 0 on a multiserver job) */
export async function warnNotPosted(ctx: ProcedureContext, operation: JobOperation): Promise<void> {
  await raiseWith(ctx, 14547, 0, operation, 'sp_post_msx_operation');
}


