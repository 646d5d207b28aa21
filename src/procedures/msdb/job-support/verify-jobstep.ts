// sp_verify_jobstep: the checks sp_add_jobstep and sp_update_jobstep share, in SQL Server's order.
// Resolves the database / database user to store, or undefined after raising. msxd has no linked
// servers, so @server may only name the local server.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { glit, localServerName, nlit, queryRow, raise, raiseWith, type Caller } from '../shared/index';
import { verifyStepProxy } from './step-proxy';

export interface StepSpec {
  readonly jobId: string;
  readonly stepId: number;
  /** undefined when the name does not change (sp_update_jobstep) */
  readonly stepName: string | undefined;
  readonly subsystem: string;
  readonly server: string | undefined;
  readonly onSuccessAction: number;
  readonly onSuccessStepId: number;
  readonly onFailAction: number;
  readonly onFailStepId: number;
  readonly osRunPriority: number;
  readonly databaseName: string | undefined;
  readonly databaseUserName: string | undefined;
  readonly flags: number;
  readonly outputFileName: string | undefined;
  readonly proxyId: number | undefined;
}

export interface VerifiedStep {
  readonly databaseName: string | null;
  readonly databaseUserName: string | null;
}

const OUTPUT_SUBSYSTEMS = ['TSQL', 'CMDEXEC', 'ANALYSISQUERY', 'ANALYSISCOMMAND', 'SSIS', 'POWERSHELL'];

export async function maxStepId(ctx: ProcedureContext, jobId: string): Promise<number> {
  const r = await queryRow(ctx, `SELECT ISNULL(MAX(step_id), 0) AS m FROM msdb.dbo.sysjobsteps WHERE job_id = ${glit(jobId)}`);
  return Number(r?.m ?? 0);
}

async function checkFlow(ctx: ProcedureContext, s: StepSpec, max: number): Promise<boolean> {
  const actions = [1, 2, 3, 4];
  if (!actions.includes(s.onSuccessAction)) return (await raise(ctx, 14266, '@on_success_action', '1, 2, 3, 4')) === 0;
  if (s.onSuccessAction === 4 && (s.onSuccessStepId < 1 || s.onSuccessStepId === s.stepId)) return (await raise(ctx, 14235, '@on_success_step', s.stepId)) === 0;
  if (!actions.includes(s.onFailAction)) return (await raise(ctx, 14266, '@on_failure_action', '1, 2, 3, 4')) === 0;
  if (s.onFailAction === 4 && (s.onFailStepId < 1 || s.onFailStepId === s.stepId)) return (await raise(ctx, 14235, '@on_failure_step', s.stepId)) === 0;
  if (s.onSuccessAction === 4 && s.onSuccessStepId > max) await raiseWith(ctx, 14236, 0, '@on_success_step_id');
  if (s.onFailAction === 4 && s.onFailStepId > max) await raiseWith(ctx, 14236, 0, '@on_fail_step_id');
  return true;
}

async function checkFlags(ctx: ProcedureContext, s: StepSpec, sub: string): Promise<boolean> {
  const f = s.flags;
  if (f < 0 || f > 114) return (await raise(ctx, 14266, '@flags', '0..114')) === 0;
  if ((f & 4) !== 0 && sub !== 'TSQL') return (await raise(ctx, 14545, '@flags', s.subsystem)) === 0;
  if ((f & 8) !== 0 && (f & 16) !== 0) return (await raise(ctx, 14545, '@flags', s.subsystem)) === 0;
  if ((f & 64) !== 0 && sub !== 'CMDEXEC') return (await raise(ctx, 14545, '@flags', s.subsystem)) === 0;
  if (s.outputFileName !== undefined && !OUTPUT_SUBSYSTEMS.includes(sub)) return (await raise(ctx, 14545, '@output_file_name', s.subsystem)) === 0;
  if (((f & 8) !== 0 || (f & 16) !== 0) && !OUTPUT_SUBSYSTEMS.includes(sub)) return (await raise(ctx, 14545, '@flags', s.subsystem)) === 0;
  return true;
}

export async function verifyJobStep(ctx: ProcedureContext, s: StepSpec, caller: Caller): Promise<VerifiedStep | undefined> {
  const max = await maxStepId(ctx, s.jobId);
  if (s.stepId < 1 || s.stepId > max + 1) { await raise(ctx, 14266, '@step_id', `1..${max + 1}`); return undefined; }
  const known = await queryRow(ctx, `SELECT subsystem FROM msdb.dbo.syssubsystems WHERE subsystem = ${nlit(s.subsystem)}`);
  if (!known) { await raise(ctx, 14234, '@subsystem', 'sp_enum_sqlagent_subsystems'); return undefined; }
  const sub = s.subsystem.toUpperCase();
  if (s.proxyId !== undefined && sub === 'TSQL') { await raise(ctx, 14517); return undefined; }
  if (s.proxyId !== undefined && !await verifyStepProxy(ctx, s.jobId, s.proxyId, s.subsystem)) return undefined;
  if (s.outputFileName !== undefined && !caller.isSysadmin) { await raise(ctx, 14582); return undefined; }
  if (s.stepName !== undefined) {
    const dup = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobsteps WHERE job_id = ${glit(s.jobId)} AND step_name = ${nlit(s.stepName)}`);
    if (dup) { await raise(ctx, 14261, '@step_name', s.stepName); return undefined; }
  }
  if (!await checkFlow(ctx, s, max)) return undefined;
  if (s.server !== undefined) {
    const srv = s.server.split(',')[0]!.toUpperCase();
    if (srv !== await localServerName(ctx)) { await raise(ctx, 14234, '@srv', 'sp_helpserver'); return undefined; }
  }
  if (![-15, -1, 0, 1, 15].includes(s.osRunPriority)) { await raise(ctx, 14266, '@os_run_priority', '-15, -1, 0, 1, 15'); return undefined; }
  if (!await checkFlags(ctx, s, sub)) return undefined;
  if (sub === 'CMDEXEC') return { databaseName: null, databaseUserName: null };
  if (sub !== 'TSQL') return { databaseName: s.databaseName ?? null, databaseUserName: null };
  const database = s.databaseName?.trim() || 'master';
  const db = await queryRow(ctx, `SELECT DB_ID(${nlit(database)}) AS id`);
  if (db?.id === null || db?.id === undefined) { await raise(ctx, 14262, '@database_name', database); return undefined; }
  const user = s.databaseUserName?.trim() || undefined;
  if (!caller.isSysadmin || user === undefined) return { databaseName: database, databaseUserName: null };
  const remote = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(s.jobId)} AND server_id <> 0`);
  if (remote) { await raise(ctx, 14542, 'database_user_name'); return undefined; }
  if (!user.includes('\\')) {
    const u = await queryRow(ctx, `SELECT 1 AS x FROM [${database.replace(/]/g, ']]')}].sys.database_principals WHERE name = ${nlit(user)}`);
    if (!u) { await raise(ctx, 14262, '@database_user_name', user); return undefined; }
  }
  return { databaseName: database, databaseUserName: user };
}
