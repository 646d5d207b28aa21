// sp_verify_job_identifiers: a job named by @job_name or @job_id (exactly one), looked up in
// sysjobs_view so that the view's visibility rules (owner, sysadmin, SQLAgentReaderRole,
// TargetServersRole) decide what "does not exist" means, as in SQL Server.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRows, raise, type Row } from './agent-sql';
import { glit, nlit } from './sql-text';

export interface JobRow {
  readonly jobId: string;
  readonly name: string;
  /** '0x...' */
  readonly ownerSid: string;
  readonly enabled: number;
  readonly categoryId: number;
  readonly startStepId: number;
  readonly deleteLevel: number;
  readonly originatingServerId: number;
  readonly originatingServer: string;
  /** 1: downloaded from an MSX (on a target server) */
  readonly masterServer: boolean;
  readonly versionNumber: number;
  readonly notifyEmailOperatorId: number;
  readonly notifyNetsendOperatorId: number;
  readonly notifyPageOperatorId: number;
}

const COLUMNS = `CONVERT(nvarchar(36), job_id) AS job_id, name, CONVERT(nvarchar(200), owner_sid, 1) AS owner_sid,
  enabled, category_id, start_step_id, delete_level, originating_server_id, originating_server,
  CONVERT(int, master_server) AS master_server, version_number,
  notify_email_operator_id, notify_netsend_operator_id, notify_page_operator_id`;

function toJob(r: Row): JobRow {
  return {
    jobId: String(r.job_id).toUpperCase(), name: String(r.name), ownerSid: String(r.owner_sid),
    enabled: Number(r.enabled), categoryId: Number(r.category_id), startStepId: Number(r.start_step_id),
    deleteLevel: Number(r.delete_level), originatingServerId: Number(r.originating_server_id),
    originatingServer: String(r.originating_server), masterServer: Number(r.master_server) === 1,
    versionNumber: Number(r.version_number), notifyEmailOperatorId: Number(r.notify_email_operator_id),
    notifyNetsendOperatorId: Number(r.notify_netsend_operator_id), notifyPageOperatorId: Number(r.notify_page_operator_id),
  };
}

/** jobs visible to the caller with this id */
export async function jobById(ctx: ProcedureContext, jobId: string): Promise<JobRow | undefined> {
  const rows = await queryRows(ctx, `SELECT ${COLUMNS} FROM msdb.dbo.sysjobs_view WHERE job_id = ${glit(jobId)}`);
  return rows[0] ? toJob(rows[0]) : undefined;
}

/** jobs visible to the caller with this name (two or more = ambiguous) */
export async function jobsByName(ctx: ProcedureContext, name: string): Promise<JobRow[]> {
  return (await queryRows(ctx, `SELECT ${COLUMNS} FROM msdb.dbo.sysjobs_view WHERE name = ${nlit(name)}`)).map(toJob);
}

export interface JobIdentifiers {
  /** e.g. '@job_name' */
  readonly nameParameter: string;
  /** e.g. '@job_id' */
  readonly idParameter: string;
  readonly jobName: string | null;
  readonly jobId: string | null;
}

/**
 * The job, or undefined after raising SQL Server's error (the caller returns 1):
 * 14294 neither/both given, 14262 unknown id or name, 14293 two jobs of that name.
 */
export async function verifyJobIdentifiers(ctx: ProcedureContext, ids: JobIdentifiers): Promise<JobRow | undefined> {
  const name = ids.jobName?.trim() || null;
  if ((name === null) === (ids.jobId === null)) {
    await raise(ctx, 14294, ids.idParameter, ids.nameParameter);
    return undefined;
  }
  if (ids.jobId !== null) {
    const job = await jobById(ctx, ids.jobId);
    if (!job) await raise(ctx, 14262, '@job_id', ids.jobId.toUpperCase());
    return job;
  }
  const jobs = await jobsByName(ctx, name!);
  if (jobs.length > 1) {
    await raise(ctx, 14293, name!, ids.idParameter, ids.nameParameter);
    return undefined;
  }
  if (jobs.length === 0) await raise(ctx, 14262, '@job_name', name!);
  return jobs[0];
}
