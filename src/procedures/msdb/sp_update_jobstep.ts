// sp_update_jobstep: changes the attributes given of one step (NULL = unchanged; '' clears the
// nullable texts), bumps the job's version, re-posts a multiserver job (INSERT).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-jobstep-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import { jobToChange, proxyId } from './job-support/step-support';
import { verifyJobStep } from './job-support/verify-jobstep';
import { postMsxOperation } from './shared/msx-post';
import { callerOf, execSql, glit, ilit, jobTargets, nlit, num, queryRow, raise, requireAgentUser } from './shared/index';

const REPLICATION = ['DISTRIBUTION', 'SNAPSHOT', 'LOGREADER', 'MERGE', 'QUEUEREADER'];

export const spUpdateJobStep: ProcedureDefinition = {
  name: 'sp_update_jobstep',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@step_id', type: INT },
    { name: '@step_name', type: SYSNAME, default: null },
    { name: '@subsystem', type: nvarchar(40), default: null },
    { name: '@command', type: nvarchar('max'), default: null },
    { name: '@additional_parameters', type: nvarchar('max'), default: null },
    { name: '@cmdexec_success_code', type: INT, default: null },
    { name: '@on_success_action', type: TINYINT, default: null },
    { name: '@on_success_step_id', type: INT, default: null },
    { name: '@on_fail_action', type: TINYINT, default: null },
    { name: '@on_fail_step_id', type: INT, default: null },
    { name: '@server', type: SYSNAME, default: null },
    { name: '@database_name', type: SYSNAME, default: null },
    { name: '@database_user_name', type: SYSNAME, default: null },
    { name: '@retry_attempts', type: INT, default: null },
    { name: '@retry_interval', type: INT, default: null },
    { name: '@os_run_priority', type: INT, default: null },
    { name: '@output_file_name', type: nvarchar(200), default: null },
    { name: '@flags', type: INT, default: null },
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_update_jobstep');
    const t = (n: string): string | null => { const x = args.value(n); return x === null ? null : String(x).trim(); };
    let subsystemArg = t('@subsystem');
    if (subsystemArg?.toUpperCase() === 'DTS') subsystemArg = 'SSIS';
    if (subsystemArg !== null && REPLICATION.includes(subsystemArg.toUpperCase()) && !caller.isSysadmin) return raise(ctx, 14260);
    const job = await jobToChange(ctx, args, caller, false);
    if (!job) return 1;
    const stepId = Number(args.value('@step_id'));
    const id = glit(job.jobId);
    const x = await queryRow(ctx, `SELECT step_name, subsystem, command, flags, additional_parameters, cmdexec_success_code,
  on_success_action, on_success_step_id, on_fail_action, on_fail_step_id, server, database_name, database_user_name,
  retry_attempts, retry_interval, os_run_priority, output_file_name, proxy_id
FROM msdb.dbo.sysjobsteps WHERE job_id = ${id} AND step_id = ${ilit(stepId)}`);
    if (!x) return raise(ctx, 14262, '@step_id', String(stepId));
    const proxyName = t('@proxy_name');
    let newProxy: number | null = x.proxy_id === null ? null : Number(x.proxy_id);
    if (args.value('@proxy_id') !== null || (proxyName !== null && proxyName !== '')) {
      const p = await proxyId(ctx, num(args.value('@proxy_id')), proxyName ?? undefined);
      if (p === undefined) return 1;
      newProxy = p;
    }
    if (proxyName === '') newProxy = null;
    const stepName = t('@step_name');
    const newStepName = stepName !== null && stepName !== x.step_name ? stepName : undefined;
    const s = (n: string, current: unknown): string | null => {
      const val = t(n);
      const v2 = val === null ? (current === null ? null : String(current)) : val;
      return v2 === '' ? null : v2;
    };
    const i = (n: string, current: unknown): number => (args.value(n) === null ? Number(current) : Number(args.value(n)));
    const subsystem = subsystemArg ?? String(x.subsystem);
    const command = s('@command', x.command);
    const server = s('@server', x.server);
    const outputFile = s('@output_file_name', x.output_file_name);
    const flags = i('@flags', x.flags);
    const spec = {
      jobId: job.jobId, stepId, stepName: newStepName, subsystem, server: server ?? undefined,
      onSuccessAction: i('@on_success_action', x.on_success_action), onSuccessStepId: i('@on_success_step_id', x.on_success_step_id),
      onFailAction: i('@on_fail_action', x.on_fail_action), onFailStepId: i('@on_fail_step_id', x.on_fail_step_id),
      osRunPriority: i('@os_run_priority', x.os_run_priority), databaseName: s('@database_name', x.database_name) ?? undefined,
      databaseUserName: s('@database_user_name', x.database_user_name) ?? undefined, flags,
      outputFileName: outputFile ?? undefined, proxyId: newProxy ?? undefined,
    };
    const verified = await verifyJobStep(ctx, spec, caller);
    if (!verified) return 1;
    const ok = await execSql(ctx, [
      `UPDATE msdb.dbo.sysjobs SET version_number = version_number + 1, date_modified = GETDATE() WHERE job_id = ${id};`,
      `UPDATE msdb.dbo.sysjobsteps SET step_name = ${nlit(stepName ?? x.step_name as string)}, subsystem = ${nlit(subsystem)},
  command = ${nlit(command)}, flags = ${ilit(flags)}, additional_parameters = ${nlit(args.value('@additional_parameters'))},
  cmdexec_success_code = ${ilit(i('@cmdexec_success_code', x.cmdexec_success_code))},
  on_success_action = ${ilit(spec.onSuccessAction)}, on_success_step_id = ${ilit(spec.onSuccessStepId)},
  on_fail_action = ${ilit(spec.onFailAction)}, on_fail_step_id = ${ilit(spec.onFailStepId)}, server = ${nlit(server)},
  database_name = ${nlit(verified.databaseName)}, database_user_name = ${nlit(verified.databaseUserName)},
  retry_attempts = ${ilit(i('@retry_attempts', x.retry_attempts))}, retry_interval = ${ilit(i('@retry_interval', x.retry_interval))},
  os_run_priority = ${ilit(spec.osRunPriority)}, output_file_name = ${nlit(outputFile)}, proxy_id = ${ilit(newProxy)}
WHERE job_id = ${id} AND step_id = ${ilit(stepId)};`,
    ], true);
    if (!ok) return 1;
    if ((await jobTargets(ctx, job.jobId)).remote.length > 0) await postMsxOperation(ctx, { operation: 'INSERT', jobId: job.jobId });
    return 0;
  },
};
