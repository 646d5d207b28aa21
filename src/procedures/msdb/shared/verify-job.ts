// sp_verify_job: the checks sp_add_job and sp_update_job share, in SQL Server's order (name unique
// per originating server, enabled, start step, category vs the job's targets, owner, notification
// levels and operators, delete level). Resolves the ids to store, or undefined after raising.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow, raise } from './agent-sql';
import type { Caller } from './caller';
import { localServerName } from './local-server';
import { glit, nlit } from './sql-text';

export interface JobSpec {
  /** null for a new job */
  readonly jobId: string | null;
  /** NULL only from sp_add_job @job_name = NULL (the INSERT then fails with 515, as in SQL Server) */
  readonly name: string | null;
  readonly enabled: number;
  readonly startStepId: number;
  readonly categoryName: string | undefined;
  /** '0x...', undefined when the login does not exist */
  readonly ownerSid: string | undefined;
  readonly notifyLevelEventlog: number;
  readonly notifyLevelEmail: number;
  readonly notifyLevelNetsend: number;
  readonly notifyLevelPage: number;
  readonly emailOperator: string | undefined;
  readonly netsendOperator: string | undefined;
  readonly pageOperator: string | undefined;
  readonly deleteLevel: number;
  /** upper-case originating server name; undefined = the local server */
  readonly originatingServer: string | undefined;
}

export interface VerifiedJob {
  readonly categoryId: number;
  readonly ownerSid: string;
  readonly notifyLevelEmail: number;
  readonly notifyLevelNetsend: number;
  readonly notifyLevelPage: number;
  readonly emailOperatorId: number;
  readonly netsendOperatorId: number;
  readonly pageOperatorId: number;
}

const SYSTEM_SIDS = ['0X010100000000000512000000', '0X010100000000000514000000'];

async function jobType(ctx: ProcedureContext, jobId: string | null): Promise<number | undefined> {
  if (jobId === null) return undefined;
  const r = await queryRow(ctx, `SELECT MAX(CASE WHEN server_id = 0 THEN 1 ELSE 0 END) AS l, MAX(CASE WHEN server_id <> 0 THEN 1 ELSE 0 END) AS m
FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(jobId)}`);
  if (r?.m === 1) return 2;
  return r?.l === 1 ? 1 : undefined;
}

async function checkNames(ctx: ProcedureContext, spec: JobSpec, caller: Caller, local: string): Promise<boolean> {
  const origin = spec.originatingServer ?? local;
  if (origin !== local && !caller.isAgent) return (await raise(ctx, 14275)) === 0;
  const dup = spec.name === null ? undefined : await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobs AS j
  JOIN msdb.dbo.sysoriginatingservers_view AS s ON s.originating_server_id = j.originating_server_id
WHERE j.name = ${nlit(spec.name)} AND s.originating_server = ${nlit(origin)}${spec.jobId ? ` AND j.job_id <> ${glit(spec.jobId)}` : ''}`);
  if (dup) return (await raise(ctx, 14261, '@name', spec.name)) === 0;
  if (spec.enabled !== 0 && spec.enabled !== 1) return (await raise(ctx, 14266, '@enabled', '0, 1')) === 0;
  if (spec.jobId === null) {
    if (spec.startStepId !== 1 && origin === local) return (await raise(ctx, 14266, '@start_step_id', '1')) === 0;
    return true;
  }
  const m = await queryRow(ctx, `SELECT ISNULL(MAX(step_id), 0) AS m FROM msdb.dbo.sysjobsteps WHERE job_id = ${glit(spec.jobId)}`);
  const max = Number(m?.m ?? 0);
  if (spec.startStepId < 1 || spec.startStepId > max + 1) return (await raise(ctx, 14266, '@start_step_id', `1..${max + 1}`)) === 0;
  return true;
}

async function checkCategory(ctx: ProcedureContext, spec: JobSpec, caller: Caller): Promise<number | undefined> {
  const type = await jobType(ctx, spec.jobId);
  const name = spec.categoryName;
  if (type !== undefined && name !== undefined) {
    const wrong = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.syscategories WHERE category_class = 1 AND category_type = ${type === 1 ? 2 : 1} AND name = ${nlit(name)}`);
    if (wrong) { await raise(ctx, type === 1 ? 14285 : 14286); return undefined; }
  }
  let id: number | undefined;
  if (name === '[DEFAULT]') id = (type ?? 1) === 1 ? 0 : 2;
  else if (name === undefined) id = 0;
  else {
    const r = await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE category_class = 1 AND name = ${nlit(name)}`);
    id = r === undefined ? undefined : Number(r.category_id);
  }
  if (id === undefined) { await raise(ctx, 14234, '@category_name', 'sp_help_category'); return undefined; }
  if (id === 1 && !caller.isAgent) { await raise(ctx, 14267, name ?? ''); return undefined; }
  return id;
}

async function operatorId(ctx: ProcedureContext, name: string): Promise<number | undefined> {
  const r = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysoperators WHERE name = ${nlit(name)}`);
  return r === undefined ? undefined : Number(r.id);
}

interface Notification { readonly kind: 'email' | 'netsend' | 'page'; readonly level: number; readonly operator: string | undefined }

async function checkOperator(ctx: ProcedureContext, n: Notification): Promise<{ id: number; level: number } | undefined> {
  if (n.operator === undefined) return { id: 0, level: 0 };
  const id = await operatorId(ctx, n.operator);
  if (id === undefined) { await raise(ctx, 14234, `@notify_${n.kind}_operator_name`, 'sp_help_operator'); return undefined; }
  if (n.level === 0) { await raise(ctx, 14266, `@notify_level_${n.kind}`, '1, 2, 3'); return undefined; }
  return { id, level: n.level };
}

export async function verifyJob(ctx: ProcedureContext, spec: JobSpec, caller: Caller): Promise<VerifiedJob | undefined> {
  const local = await localServerName(ctx);
  if (!await checkNames(ctx, spec, caller, local)) return undefined;
  const categoryId = await checkCategory(ctx, spec, caller);
  if (categoryId === undefined) return undefined;
  let ownerSid = spec.ownerSid;
  if (!caller.isSysadmin && !caller.inOperatorRole && spec.jobId === null && ownerSid?.toUpperCase() !== caller.sid.toUpperCase()) ownerSid = caller.sid;
  if (ownerSid === undefined || !SYSTEM_SIDS.includes(ownerSid.toUpperCase()) && !await loginExists(ctx, ownerSid)) {
    await raise(ctx, 14234, '@owner_login_name', 'sp_helplogins [excluding Windows NT groups]');
    return undefined;
  }
  const levels: [string, number][] = [['eventlog', spec.notifyLevelEventlog], ['email', spec.notifyLevelEmail], ['netsend', spec.notifyLevelNetsend], ['page', spec.notifyLevelPage]];
  for (const [k, v] of levels) {
    if ((v & 3) !== v) { await raise(ctx, 14266, `@notify_level_${k}`, '0, 1, 2, 3'); return undefined; }
  }
  const ops = [spec.emailOperator, spec.netsendOperator, spec.pageOperator];
  if (ops.includes('MSXOperator') && !caller.isAgent) {
    const msx = await queryRow(ctx, 'SELECT COUNT(*) AS n FROM msdb.dbo.systargetservers');
    if (Number(msx?.n ?? 0) === 0) { await raise(ctx, 14251, 'MSXOperator'); return undefined; }
  }
  const email = await checkOperator(ctx, { kind: 'email', level: spec.notifyLevelEmail, operator: spec.emailOperator });
  if (!email) return undefined;
  const netsend = await checkOperator(ctx, { kind: 'netsend', level: spec.notifyLevelNetsend, operator: spec.netsendOperator });
  if (!netsend) return undefined;
  const page = await checkOperator(ctx, { kind: 'page', level: spec.notifyLevelPage, operator: spec.pageOperator });
  if (!page) return undefined;
  if ((spec.deleteLevel & 3) !== spec.deleteLevel) { await raise(ctx, 14266, '@delete_level', '0, 1, 2, 3'); return undefined; }
  return {
    categoryId, ownerSid,
    notifyLevelEmail: email.level, notifyLevelNetsend: netsend.level, notifyLevelPage: page.level,
    emailOperatorId: email.id, netsendOperatorId: netsend.id, pageOperatorId: page.id,
  };
}

/** the SID is a login's, or the Agent service account (0xFFFFFFFF) */
async function loginExists(ctx: ProcedureContext, sid: string): Promise<boolean> {
  if (sid.toUpperCase() === '0XFFFFFFFF') return true;
  const r = await queryRow(ctx, `SELECT SUSER_SNAME(${sid}) AS n`);
  return r?.n !== null && r?.n !== undefined;
}


