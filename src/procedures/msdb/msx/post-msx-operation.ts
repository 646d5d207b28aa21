// sp_post_msx_operation's body, the single implementation every procedure that posts download
// instructions calls (sp_add_jobserver, sp_delete_job, sp_start_job, sp_delete_targetserver ...).
// Order of checks and rows as SQL Server's procedure (reference msx-agent.md §4): one
// sysdownloadlist row per affected target, stamped with the MSX computer name.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { ALL_JOBS_ID, POLL_INTERVAL, downloadOperationByName } from '../../../codes/msx-codes';
import { queryRow, queryRows, raise, raiseWith } from '../shared/agent-sql';
import { localServerName } from '../shared/local-server';
import { glit, nlit } from '../shared/sql-text';
import { findTarget, SOURCE_SERVER_SQL } from './msx-sql';
import { downloadedRowLimiter } from './downloaded-row-limiter';
import { notifyPosted } from './node-instruction-notifier';

export const OBJECT_TYPES = ['JOB', 'SERVER', 'SCHEDULE'] as const;
export type PostObjectType = (typeof OBJECT_TYPES)[number];

export interface MsxPost {
  /** INSERT, UPDATE, DELETE, START, STOP, RE-ENLIST, DEFECT, SYNC-TIME, SET-POLL (any case) */
  readonly operation: string;
  /** JOB (default), SERVER or SCHEDULE (any case) */
  readonly objectType?: string;
  /** uniqueidentifier text; ALL_JOBS_ID (all zeros) = every multiserver job */
  readonly jobId?: string | null;
  /** NULL = every target concerned */
  readonly specificTargetServer?: string | null;
  /** SET-POLL: the new poll interval in seconds */
  readonly value?: number | null;
  readonly scheduleUid?: string | null;
}

const ALL_OPERATIONS = 'INSERT, UPDATE, DELETE, START, STOP, RE-ENLIST, DEFECT, SYNC-TIME, SET-POLL';
const VALID_FOR: Record<PostObjectType, { codes: readonly number[]; list: string }> = {
  JOB: { codes: [1, 2, 3, 4, 5], list: 'INSERT, UPDATE, DELETE, START, STOP' },
  SCHEDULE: { codes: [1, 2, 3], list: 'UPDATE, DELETE' },
  SERVER: { codes: [6, 7, 8, 9], list: 'RE-ENLIST, DEFECT, SYNC-TIME, SET-POLL' },
};

function isAllJobs(id: string): boolean {
  return /^[0-]+$/.test(id);
}

/** the MSX time zone as Windows reports it to sp_post_msx_operation: -Bias, minutes */
function msxTimeZoneMinutes(): number {
  return -new Date().getTimezoneOffset();
}

/**
 * object_id of a SERVER row: all zeros, or an int as CONVERT(uniqueidentifier, CONVERT(binary(16),
 * n)) makes it (right-aligned: its four big-endian bytes end the GUID). Computed here, per target
 * for SYNC-TIME, since the MSX time zone is the process's.
 */
export function intObjectId(n: number): string {
  return `00000000-0000-0000-0000-0000${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
}

function serverObjectId(code: number, value: number | null | undefined, targetTimeZone: number): string {
  if (code === 9) return intObjectId(Math.trunc(value ?? 0));
  if (code === 8) return intObjectId(-(msxTimeZoneMinutes() - targetTimeZone));
  return ALL_JOBS_ID;
}

/**
 * Posts download instructions. Resolves to the procedure's return status (0, or 1 after an error
 * it raised). A caller who is not sysadmin posts nothing and gets 0, as in SQL Server.
 */
export async function postMsxOperation(ctx: ProcedureContext, post: MsxPost): Promise<number> {
  if (!ctx.isSysadmin) return 0;
  const operation = post.operation.trim().toUpperCase();
  const objectType = (post.objectType ?? 'JOB').trim().toUpperCase();
  const op = downloadOperationByName(operation);
  if (!op) return raise(ctx, 14266, '@operation_code', ALL_OPERATIONS);
  if (!(OBJECT_TYPES as readonly string[]).includes(objectType)) return raise(ctx, 14266, '@object_type', 'JOB, SERVER, SCHEDULE');
  const type = objectType as PostObjectType;
  // an operation that does not fit the object type is reported only once the object is known to
  // concern a target (SQL Server's order): a local job or an unused schedule posts nothing first
  const badOperation = (): Promise<number> | undefined =>
    VALID_FOR[type].codes.includes(op.code) ? undefined : raise(ctx, 14266, '@operation_code', VALID_FOR[type].list);
  const jobId = post.jobId ?? null;
  if (type === 'JOB' && jobId === null) return raise(ctx, 14233);
  if (type === 'SCHEDULE' && (post.scheduleUid ?? null) === null) return raise(ctx, 14365);
  if (op.code === 9 && (post.value == null || post.value < POLL_INTERVAL.MIN || post.value > POLL_INTERVAL.MAX)) {
    return raise(ctx, 14266, '@value', `${POLL_INTERVAL.MIN}..${POLL_INTERVAL.MAX}`);
  }

  const specificRaw = post.specificTargetServer?.trim().toUpperCase() || undefined;
  let specific: string | undefined;
  if (specificRaw !== undefined) {
    if (specificRaw === await localServerName(ctx)) return 0;
    const target = await findTarget(ctx, specificRaw);
    if (!target) return raise(ctx, 14262, '@specific_target_server', specificRaw);
    specific = target.server_name;
  }
  const anyTarget = await queryRow(ctx, 'SELECT TOP (1) server_id FROM msdb.dbo.systargetservers');
  if (!anyTarget) return 0;

  const targetFilter = specific === undefined ? '' : `AND sts.server_name = ${nlit(specific)}`;
  const insert = `INSERT INTO msdb.dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, deleted_object_name)`;
  let select: string;
  if (type === 'SERVER') {
    const invalid = badOperation();
    if (invalid) return invalid;
    const targets = await queryRows(ctx, `SELECT sts.server_id, sts.server_name, sts.time_zone_adjustment
      FROM msdb.dbo.systargetservers AS sts WHERE 1 = 1 ${targetFilter}`);
    if (targets.length === 0) return report(ctx, type, jobId, specific, 0, operation);
    select = `SELECT ${SOURCE_SERVER_SQL}, ${op.code}, 2, v.object_id, v.server_name, NULL FROM (VALUES ${targets.map((t) =>
      `(${glit(serverObjectId(op.code, post.value, Number(t.time_zone_adjustment)))}, ${nlit(String(t.server_name))})`).join(', ')}
      ) AS v (object_id, server_name)`;
  } else if (type === 'SCHEDULE') {
    const uid = glit(post.scheduleUid!);
    const schedule = await queryRow(ctx, `SELECT schedule_id FROM msdb.dbo.sysschedules_localserver_view WHERE schedule_uid = ${uid}`);
    if (!schedule) return raise(ctx, 14262, '@schedule_uid', post.scheduleUid!);
    const used = await queryRow(ctx, `SELECT TOP (1) 1 AS x FROM msdb.dbo.sysjobschedules AS js
      JOIN msdb.dbo.sysjobservers AS sjs ON sjs.job_id = js.job_id AND sjs.server_id <> 0
      WHERE js.schedule_id = ${Number(schedule.schedule_id)}`);
    if (!used) return 0;
    const invalid = badOperation();
    if (invalid) return invalid;
    // every job that uses the schedule reloads all its schedules: a JOB INSERT per (job, target)
    select = `SELECT ${SOURCE_SERVER_SQL}, 1, 1, sjs.job_id, sts.server_name, NULL
      FROM msdb.dbo.sysjobschedules AS js
      JOIN msdb.dbo.sysjobservers AS sjs ON sjs.job_id = js.job_id
      JOIN msdb.dbo.systargetservers AS sts ON sts.server_id = sjs.server_id
      WHERE js.schedule_id = ${Number(schedule.schedule_id)} ${targetFilter}`;
  } else if (!isAllJobs(jobId!)) {
    const job = await queryRow(ctx, `SELECT name,
        (SELECT COUNT(*) FROM msdb.dbo.sysjobservers WHERE job_id = j.job_id AND server_id = 0) AS local_rows,
        (SELECT COUNT(*) FROM msdb.dbo.sysjobservers WHERE job_id = j.job_id) AS all_rows
      FROM msdb.dbo.sysjobs_view AS j WHERE j.job_id = ${glit(jobId)}`);
    if (!job) return raise(ctx, 14262, '@job_id', jobId!);
    if (Number(job.local_rows) > 0 || Number(job.all_rows) === 0) return 0;
    const invalid = badOperation();
    if (invalid) return invalid;
    const deleted = op.code === 3 ? nlit(String(job.name)) : 'NULL';
    select = `SELECT ${SOURCE_SERVER_SQL}, ${op.code}, 1, sjs.job_id, sts.server_name, ${deleted}
      FROM msdb.dbo.sysjobservers AS sjs JOIN msdb.dbo.systargetservers AS sts ON sts.server_id = sjs.server_id
      WHERE sjs.job_id = ${glit(jobId)} ${targetFilter}`;
  } else if (VALID_FOR.JOB.codes.includes(op.code) === false) {
    return raise(ctx, 14266, '@operation_code', VALID_FOR.JOB.list);
  } else if (op.code === 3) {
    // "delete all jobs from the MSX": one row per target that has at least one job
    select = `SELECT ${SOURCE_SERVER_SQL}, 3, 1, CONVERT(uniqueidentifier, 0x00), sts.server_name, NULL
      FROM msdb.dbo.systargetservers AS sts
      WHERE EXISTS (SELECT 1 FROM msdb.dbo.sysjobservers AS sjs WHERE sjs.server_id = sts.server_id) ${targetFilter}`;
  } else {
    select = `SELECT ${SOURCE_SERVER_SQL}, ${op.code}, 1, sjs.job_id, sts.server_name, NULL
      FROM msdb.dbo.sysjobservers AS sjs JOIN msdb.dbo.systargetservers AS sts ON sts.server_id = sjs.server_id
      WHERE 1 = 1 ${targetFilter}`;
  }
  // the highest instance_id before the INSERT: the new rows lie above it (clust), so the waiting
  // targets to wake are read from them, not from every pending row of every target
  const counted = await queryRow(ctx, 'SELECT @__msxd_posted AS posted, @__msxd_above AS above', `DECLARE @__msxd_posted int;
DECLARE @__msxd_above int = ISNULL((SELECT MAX(instance_id) FROM msdb.dbo.sysdownloadlist), 0);
${insert}
${select};
SET @__msxd_posted = @@ROWCOUNT;`);
  const posted = Number(counted?.posted ?? 0);
  if (posted > 0) await notifyPosted(ctx, specific, Number(counted?.above ?? 0));

  return report(ctx, type, jobId, specific, posted, operation);
}

/** the closing messages (14231 or 14230) and the row limiter for a specific target */
async function report(
  ctx: ProcedureContext, type: PostObjectType, jobId: string | null, specific: string | undefined, posted: number, operation: string,
): Promise<number> {
  if (type === 'JOB' && isAllJobs(jobId!) && specific !== undefined && posted === 0) {
    await raiseWith(ctx, 14231, 0, '@specific_target_server', specific);
  } else {
    await raiseWith(ctx, 14230, 0, posted, operation);
  }
  if (specific !== undefined) await downloadedRowLimiter(ctx, specific);
  return 0;
}
