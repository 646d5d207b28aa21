// sp_help_job: one job by @job_id / @job_name with its aspects (JOB, STEPS, SCHEDULES, TARGETS,
// ALL = each under its heading), or the one-row-per-job list filtered by the job set parameters.
// Validation order and messages as SQL Server (14280, 14266, 14262, 14282).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-job-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { daysFromYmd } from '../../types/dates';
import { SqlDateTime } from '../../types/values';
import { compositeJobInfoSql, type JobFilter } from './job-support/composite-job-info';
import { DATETIME, INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar, varchar } from './job-support/param-types';
import { jobStepsSql } from './sp_help_jobstep';
import { jobServersSql } from './sp_help_jobserver';
import {
  callerOf, dlit, nlit, queryRow, raise, requireAgentUser, trimmed, verifyJobIdentifiers,
} from './shared/index';

const ASPECTS = ['JOB', 'STEPS', 'SCHEDULES', 'TARGETS', 'ALL'];
/** SQL Server's range check of the date parameters: 1990-01-01 .. 9999-12-31 23:59 */
const MIN_DAYS = daysFromYmd(1990, 1, 1);
const MAX_DAYS = daysFromYmd(9999, 12, 31);
const MAX_TICKS = (23 * 60 + 59) * 60 * 10_000_000;

function inRange(v: unknown): boolean {
  if (!(v instanceof SqlDateTime)) return true;
  if (v.days < MIN_DAYS || v.days > MAX_DAYS) return false;
  return !(v.days === MAX_DAYS && v.ticks > MAX_TICKS);
}

async function heading(ctx: Parameters<ProcedureDefinition['run']>[0], n: number, blankFirst: boolean): Promise<void> {
  const text = messageDef(n)!.text;
  await ctx.executeSql(`${blankFirst ? "PRINT '';\n" : ''}RAISERROR(${n}, 0, 1);\nPRINT ${nlit('='.repeat(text.length))};`);
}

export const spHelpJob: ProcedureDefinition = {
  name: 'sp_help_job',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@job_aspect', type: varchar(9), default: null },
    { name: '@job_type', type: varchar(12), default: null },
    { name: '@owner_login_name', type: SYSNAME, default: null },
    { name: '@subsystem', type: nvarchar(40), default: null },
    { name: '@category_name', type: SYSNAME, default: null },
    { name: '@enabled', type: TINYINT, default: null },
    { name: '@execution_status', type: INT, default: null },
    { name: '@date_comparator', type: { kind: 'char', length: 1 }, default: null },
    { name: '@date_created', type: DATETIME, default: null },
    { name: '@date_last_modified', type: DATETIME, default: null },
    { name: '@description', type: nvarchar(512), default: null },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_help_job');
    const v = (n: string): string | undefined => trimmed(args.value(n));
    const jobName = v('@job_name') ?? null;
    const jobIdArg = args.value('@job_id') === null ? null : String(args.value('@job_id'));
    let aspect = v('@job_aspect');
    const jobType = v('@job_type');
    const owner = args.value('@owner_login_name') === null || args.value('@owner_login_name') === '' ? undefined : String(args.value('@owner_login_name'));
    const subsystem = v('@subsystem');
    const categoryName = v('@category_name');
    const enabled = args.value('@enabled');
    const status = args.value('@execution_status');
    const comparator = v('@date_comparator');
    const created = args.value('@date_created');
    const modified = args.value('@date_last_modified');
    const description = v('@description');
    let jobId: string | undefined;
    if (jobIdArg !== null || jobName !== null) {
      const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName, jobId: jobIdArg });
      if (!job) return 1;
      jobId = job.jobId;
      aspect ??= 'ALL';
    }
    const setParams = [jobType, owner, subsystem, categoryName, enabled, comparator, created, modified].some((x) => x !== undefined && x !== null);
    if ((jobId !== undefined && (aspect === undefined || setParams)) || (jobId === undefined && aspect !== undefined)) return raise(ctx, 14280);
    if (jobId !== undefined) {
      const a = aspect!.toUpperCase();
      if (!ASPECTS.includes(a)) return raise(ctx, 14266, '@job_aspect', 'JOB, STEPS, SCHEDULES, TARGETS, ALL');
      const all = a === 'ALL';
      if (a === 'JOB' || all) {
        if (all) await heading(ctx, 14213, false);
        await ctx.executeSql(`SET NOCOUNT ON;\n${compositeJobInfoSql({ jobId })}`);
      }
      if (a === 'STEPS' || all) {
        if (all) await heading(ctx, 14214, true);
        await ctx.executeSql(`SET NOCOUNT ON;\n${jobStepsSql(jobId, null, true)}`);
      }
      if (a === 'SCHEDULES' || all) {
        if (all) await heading(ctx, 14215, true);
        await ctx.executeSql(`EXECUTE msdb.dbo.sp_help_jobschedule @job_id = N'${jobId}';`);
      }
      if (a === 'TARGETS' || all) {
        if (all) await heading(ctx, 14216, true);
        await ctx.executeSql(`SET NOCOUNT ON;\n${jobServersSql(jobId, true)}`);
      }
      return 0;
    }
    const filter: { -readonly [K in keyof JobFilter]: JobFilter[K] } = {};
    if (jobType !== undefined) {
      const t = jobType.toUpperCase();
      if (t !== 'LOCAL' && t !== 'MULTI-SERVER') return raise(ctx, 14266, '@job_type', 'LOCAL, MULTI-SERVER');
      filter.jobType = t;
    }
    if (owner !== undefined) {
      const sid = await queryRow(ctx, `SELECT SUSER_SID(${nlit(owner)}) AS s`);
      if (sid?.s === null || sid?.s === undefined) return raise(ctx, 14262, '@owner_login_name', owner);
      filter.ownerLoginName = owner;
    }
    if (subsystem !== undefined) {
      const s = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.syssubsystems WHERE subsystem = ${nlit(subsystem)}`);
      if (!s) return raise(ctx, 14234, '@subsystem', 'sp_enum_sqlagent_subsystems');
      filter.subsystem = subsystem;
    }
    if (categoryName !== undefined) {
      const c = await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE category_class = 1 AND name = ${nlit(categoryName)}`);
      if (!c) return raise(ctx, 14262, '@category_name', categoryName);
      filter.categoryId = Number(c.category_id);
    }
    if (enabled !== null) {
      if (enabled !== 0 && enabled !== 1) return raise(ctx, 14266, '@enabled', '0, 1');
      filter.enabled = Number(enabled);
    }
    if (status !== null) {
      if (![0, 1, 2, 3, 4, 5, 7].includes(Number(status))) return raise(ctx, 14266, '@execution_status', messageDef(14204)!.text);
      filter.executionStatus = Number(status);
    }
    if ((comparator !== undefined && created !== null && modified !== null) || (comparator === undefined && (created !== null || modified !== null))) {
      return raise(ctx, 14282);
    }
    if (comparator !== undefined) {
      if (!['=', '<', '>'].includes(comparator)) return raise(ctx, 14266, '@date_comparator', '=, >, <');
      filter.dateComparator = comparator as '=' | '<' | '>';
    }
    if (!inRange(created)) return raise(ctx, 14266, '@date_created', '1990-01-01 12:00am .. 9999-12-31 11:59pm');
    if (!inRange(modified)) return raise(ctx, 14266, '@date_last_modified', '1990-01-01 12:00am .. 9999-12-31 11:59pm');
    if (created !== null) filter.dateCreated = dlit(created);
    if (modified !== null) filter.dateLastModified = dlit(modified);
    if (description !== undefined) filter.description = description;
    await ctx.executeSql(`SET NOCOUNT ON;\n${compositeJobInfoSql(filter)}`);
    return 0;
  },
};

