// sp_add_jobstep (with sp_add_jobstep_internal): a step at @step_id (default: after the last),
// later steps and their go-to references shifted; version_number/date_modified bumped; the
// agent told when the job gets its first step; multiserver jobs re-posted (INSERT).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-jobstep-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import { jobToChange, proxyId } from './job-support/step-support';
import { maxStepId, verifyJobStep } from './job-support/verify-jobstep';
import { postMsxOperation } from './shared/msx-post';
import {
  callerOf, glit, ilit, jobTargets, nlit, notifyAgentOfJob, num, queryRow, raise, requireAgentUser, trimmed,
} from './shared/index';

const REPLICATION = ['DISTRIBUTION', 'SNAPSHOT', 'LOGREADER', 'MERGE', 'QUEUEREADER'];

export const spAddJobStep: ProcedureDefinition = {
  name: 'sp_add_jobstep',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@step_id', type: INT, default: null },
    { name: '@step_name', type: SYSNAME },
    { name: '@subsystem', type: nvarchar(40), default: 'TSQL' },
    { name: '@command', type: nvarchar('max'), default: null },
    { name: '@additional_parameters', type: nvarchar('max'), default: null },
    { name: '@cmdexec_success_code', type: INT, default: 0 },
    { name: '@on_success_action', type: TINYINT, default: 1 },
    { name: '@on_success_step_id', type: INT, default: 0 },
    { name: '@on_fail_action', type: TINYINT, default: 2 },
    { name: '@on_fail_step_id', type: INT, default: 0 },
    { name: '@server', type: SYSNAME, default: null },
    { name: '@database_name', type: SYSNAME, default: null },
    { name: '@database_user_name', type: SYSNAME, default: null },
    { name: '@retry_attempts', type: INT, default: 0 },
    { name: '@retry_interval', type: INT, default: 0 },
    { name: '@os_run_priority', type: INT, default: 0 },
    { name: '@output_file_name', type: nvarchar(200), default: null },
    { name: '@flags', type: INT, default: 0 },
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
    { name: '@step_uid', type: UNIQUEIDENTIFIER, default: null, output: true },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_add_jobstep');
    let subsystem = String(args.value('@subsystem') ?? '').trim();
    if (REPLICATION.includes(subsystem.toUpperCase()) && !caller.isSysadmin) return raise(ctx, 14260);
    if (args.value('@database_user_name') !== null && !caller.isSysadmin) return raise(ctx, 14583);
    if (subsystem.toUpperCase() === 'DTS') subsystem = 'SSIS';
    const v = (n: string): string | undefined => trimmed(args.value(n));
    const job = await jobToChange(ctx, args, caller);
    if (!job) return 1;
    const proxy = await proxyId(ctx, num(args.value('@proxy_id')), v('@proxy_name'));
    if (proxy === undefined) return 1;
    const max = await maxStepId(ctx, job.jobId);
    const stepId = num(args.value('@step_id')) ?? max + 1;
    const n = (p: string): number => Number(args.value(p) ?? 0);
    const stepName = String(args.value('@step_name') ?? '').trim();
    const verified = await verifyJobStep(ctx, {
      jobId: job.jobId, stepId, stepName, subsystem, server: v('@server'),
      onSuccessAction: n('@on_success_action'), onSuccessStepId: n('@on_success_step_id'),
      onFailAction: n('@on_fail_action'), onFailStepId: n('@on_fail_step_id'), osRunPriority: n('@os_run_priority'),
      databaseName: v('@database_name'), databaseUserName: v('@database_user_name'), flags: n('@flags'),
      outputFileName: v('@output_file_name'), proxyId: proxy ?? undefined,
    }, caller);
    if (!verified) return 1;
    const id = glit(job.jobId);
    // renumbered through negative ids: SQLite checks the unique (job_id, step_id) row by row
    const shift = stepId <= max ? `UPDATE msdb.dbo.sysjobsteps SET step_id = -(step_id + 1) WHERE step_id >= ${stepId} AND job_id = ${id};
  UPDATE msdb.dbo.sysjobsteps SET step_id = -step_id WHERE step_id < 0 AND job_id = ${id};
  UPDATE msdb.dbo.sysjobsteps SET on_success_step_id = on_success_step_id + 1 WHERE on_success_step_id >= ${stepId} AND job_id = ${id};
  UPDATE msdb.dbo.sysjobsteps SET on_fail_step_id = on_fail_step_id + 1 WHERE on_fail_step_id >= ${stepId} AND job_id = ${id};
  UPDATE msdb.dbo.sysjobsteps SET on_success_step_id = 0, on_success_action = 1 WHERE on_success_step_id = ${stepId} AND job_id = ${id};
  UPDATE msdb.dbo.sysjobsteps SET on_fail_step_id = 0, on_fail_action = 2 WHERE on_fail_step_id = ${stepId} AND job_id = ${id};` : '';
    const server = subsystem.toUpperCase() === 'TSQL' ? undefined : v('@server');
    const r = await queryRow(ctx, 'SELECT @__e AS failed, CONVERT(nvarchar(36), @__uid) AS step_uid', `DECLARE @__e int = 0;
DECLARE @__uid uniqueidentifier = NEWID();
DECLARE @__tc int = @@TRANCOUNT;
IF @__tc = 0 BEGIN TRANSACTION;
BEGIN TRY
  UPDATE msdb.dbo.sysjobs SET version_number = version_number + 1, date_modified = GETDATE() WHERE job_id = ${id};
  ${shift}
  INSERT INTO msdb.dbo.sysjobsteps (job_id, step_id, step_name, subsystem, command, flags, additional_parameters,
    cmdexec_success_code, on_success_action, on_success_step_id, on_fail_action, on_fail_step_id, server, database_name,
    database_user_name, retry_attempts, retry_interval, os_run_priority, output_file_name, last_run_outcome,
    last_run_duration, last_run_retries, last_run_date, last_run_time, proxy_id, step_uid)
  VALUES (${id}, ${ilit(stepId)}, ${nlit(stepName)}, ${nlit(subsystem)}, ${nlit(args.value('@command'))}, ${ilit(n('@flags'))},
    ${nlit(args.value('@additional_parameters'))}, ${ilit(n('@cmdexec_success_code'))}, ${ilit(n('@on_success_action'))},
    ${ilit(n('@on_success_step_id'))}, ${ilit(n('@on_fail_action'))}, ${ilit(n('@on_fail_step_id'))}, ${nlit(server)},
    ${nlit(verified.databaseName)}, ${nlit(verified.databaseUserName)}, ${ilit(n('@retry_attempts'))}, ${ilit(n('@retry_interval'))},
    ${ilit(n('@os_run_priority'))}, ${nlit(v('@output_file_name'))}, 0, 0, 0, 0, 0, ${ilit(proxy)}, @__uid);
  IF @__tc = 0 COMMIT TRANSACTION;
END TRY
BEGIN CATCH
  SET @__e = 1;
  IF @__tc = 0 AND @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
  DECLARE @__m nvarchar(4000) = ERROR_MESSAGE(), @__s int = ERROR_SEVERITY(), @__st int = ERROR_STATE();
  RAISERROR(@__m, @__s, @__st);
END CATCH`);
    if (Number(r?.failed ?? 1) !== 0) return 1;
    args.set('@step_uid', String(r!.step_uid).toUpperCase());
    const targets = await jobTargets(ctx, job.jobId);
    if ((await maxStepId(ctx, job.jobId)) === 1 && targets.local) await notifyAgentOfJob(ctx, job.jobId, 'U');
    if (targets.remote.length > 0) await postMsxOperation(ctx, { operation: 'INSERT', jobId: job.jobId });
    return 0;
  },
};
