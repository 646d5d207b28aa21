// sp_help_jobstep: the steps of a job (or one, by @step_id or @step_name), SQL Server's columns;
// @suffix = 1 (what sp_help_job uses) describes flags, actions and priority in words.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobstep-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { BIT, INT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { maxStepId } from './job-support/verify-jobstep';
import {
  callerOf, glit, ilit, nlit, queryRow, raise, requireAgentUser, verifyJobIdentifiers,
} from './shared/index';

const m = (n: number): string => nlit(messageDef(n)!.text);

function action(col: string): string {
  return `CONVERT(nvarchar(4000), CASE ${col} WHEN 1 THEN CONVERT(nvarchar, ${col}) + N' ' + ${m(14562)}
  WHEN 2 THEN CONVERT(nvarchar, ${col}) + N' ' + ${m(14563)} WHEN 3 THEN CONVERT(nvarchar, ${col}) + N' ' + ${m(14564)}
  WHEN 4 THEN CONVERT(nvarchar, ${col}) + N' ' + ${m(14565)} ELSE CONVERT(nvarchar, ${col}) + N' ' + ${m(14205)} END) AS ${col}`;
}

const SUFFIX_FLAGS = `CONVERT(nvarchar(4000), CONVERT(nvarchar, flags) + N' (' +
  ISNULL(CASE WHEN flags = 0 THEN ${m(14561)} END, N'') +
  ISNULL(CASE WHEN (flags & 1) = 1 THEN ${m(14558)} + ISNULL(CASE WHEN flags > 1 THEN N', ' END, N'') END, N'') +
  ISNULL(CASE WHEN (flags & 2) = 2 THEN ${m(14559)} + ISNULL(CASE WHEN flags > 3 THEN N', ' END, N'') END, N'') +
  ISNULL(CASE WHEN (flags & 4) = 4 THEN ${m(14560)} END, N'') + N')') AS flags`;

const SUFFIX_PRIORITY = `CONVERT(nvarchar(4000), CASE os_run_priority
  WHEN -15 THEN CONVERT(nvarchar, os_run_priority) + N' ' + ${m(14566)} WHEN -1 THEN CONVERT(nvarchar, os_run_priority) + N' ' + ${m(14567)}
  WHEN 0 THEN CONVERT(nvarchar, os_run_priority) + N' ' + ${m(14561)} WHEN 1 THEN CONVERT(nvarchar, os_run_priority) + N' ' + ${m(14568)}
  WHEN 15 THEN CONVERT(nvarchar, os_run_priority) + N' ' + ${m(14569)} ELSE CONVERT(nvarchar, os_run_priority) + N' ' + ${m(14205)} END) AS os_run_priority`;

/** the SELECT of sp_help_jobstep (also sp_help_job's STEPS aspect) */
export function jobStepsSql(jobId: string, stepId: number | null, suffix: boolean): string {
  const cols = [
    'step_id', 'step_name', 'subsystem', 'command', suffix ? SUFFIX_FLAGS : 'flags', 'cmdexec_success_code',
    suffix ? action('on_success_action') : 'on_success_action', 'on_success_step_id',
    suffix ? action('on_fail_action') : 'on_fail_action', 'on_fail_step_id', 'server', 'database_name', 'database_user_name',
    'retry_attempts', 'retry_interval', suffix ? SUFFIX_PRIORITY : 'os_run_priority', 'output_file_name', 'last_run_outcome',
    'last_run_duration', 'last_run_retries', 'last_run_date', 'last_run_time', 'proxy_id',
  ];
  return `SELECT ${cols.join(',\n  ')}
FROM msdb.dbo.sysjobsteps
WHERE job_id = ${glit(jobId)}${stepId === null ? '' : ` AND step_id = ${ilit(stepId)}`}
ORDER BY job_id, step_id;`;
}

export const spHelpJobStep: ProcedureDefinition = {
  name: 'sp_help_jobstep',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@step_id', type: INT, default: null },
    { name: '@step_name', type: SYSNAME, default: null },
    { name: '@suffix', type: BIT, default: false },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_help_jobstep');
    const s = (n: string): string | null => { const v = args.value(n); return v === null ? null : String(v); };
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: s('@job_name'), jobId: s('@job_id') });
    if (!job) return 1;
    let stepId = args.value('@step_id') === null ? null : Number(args.value('@step_id'));
    if (stepId !== null) {
      const max = await maxStepId(ctx, job.jobId);
      if (max === 0) return raise(ctx, 14528, job.name);
      if (stepId < 1 || stepId > max) return raise(ctx, 14266, '@step_id', `1..${max}`);
    }
    const stepName = s('@step_name');
    if (stepId === null && stepName !== null) {
      const r = await queryRow(ctx, `SELECT step_id FROM msdb.dbo.sysjobsteps WHERE step_name = ${nlit(stepName)} AND job_id = ${glit(job.jobId)}`);
      if (!r) return raise(ctx, 14262, '@step_name', stepName);
      stepId = Number(r.step_id);
    }
    await ctx.executeSql(jobStepsSql(job.jobId, stepId, args.value('@suffix') === true));
    return 0;
  },
};
