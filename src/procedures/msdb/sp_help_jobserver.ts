// sp_help_jobserver: the servers a job targets (sysjobservers joined to systargetservers_view, where
// the local server is server 0), with the last-run details when @show_last_run_details <> 0.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobserver-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME, TINYINT, UNIQUEIDENTIFIER } from './job-support/param-types';
import { callerOf, glit, requireAgentUser, verifyJobIdentifiers } from './shared/index';

/** the SELECT of sp_help_jobserver (also sp_help_job's TARGETS aspect, with details) */
export function jobServersSql(jobId: string, details: boolean): string {
  const extra = details ? `,
  sjs.last_run_date, sjs.last_run_time, sjs.last_run_duration, sjs.last_run_outcome, sjs.last_outcome_message` : '';
  return `SELECT stsv.server_id, stsv.server_name, stsv.enlist_date, stsv.last_poll_date${extra}
FROM msdb.dbo.sysjobservers AS sjs LEFT OUTER JOIN msdb.dbo.systargetservers_view AS stsv ON sjs.server_id = stsv.server_id
WHERE sjs.job_id = ${glit(jobId)};`;
}

export const spHelpJobServer: ProcedureDefinition = {
  name: 'sp_help_jobserver',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@show_last_run_details', type: TINYINT, default: 0 },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_help_jobserver');
    const s = (n: string): string | null => { const v = args.value(n); return v === null ? null : String(v); };
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: s('@job_name'), jobId: s('@job_id') });
    if (!job) return 1;
    await ctx.executeSql(`SET NOCOUNT ON;\n${jobServersSql(job.jobId, Number(args.value('@show_last_run_details') ?? 0) !== 0)}`);
    return 0;
  },
};
