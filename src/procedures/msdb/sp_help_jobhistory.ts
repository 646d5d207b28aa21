// sp_help_jobhistory: job history with SQL Server's filters, in two modes: SUMMARY (the job
// outcome rows, step 0, unless @step_id asks for a step) and FULL (every row with step, message
// and severity). Only jobs the caller may see (sysjobs_view). Newest first unless @oldest_first.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobhistory-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { glit, ilit, nlit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { validDate } from './schedule-support/schedule-rules';
import { verifyJobTime } from './job-support/verify-operator';
import { guidParam, intArg, intParam, nvarcharParam, strArg, sysnameParam, varcharParam } from './schedule-support/params';

const FILTERS: readonly [string, string][] = [
  ['@sql_message_id', 'h.sql_message_id ='], ['@sql_severity', 'h.sql_severity ='],
  ['@start_run_date', 'h.run_date >='], ['@end_run_date', 'h.run_date <='],
  ['@start_run_time', 'h.run_time >='], ['@end_run_time', 'h.run_time <='],
  ['@minimum_run_duration', 'h.run_duration >='], ['@run_status', 'h.run_status ='],
  ['@minimum_retries', 'h.retries_attempted >='],
];

const OPERATORS = `CONVERT(sysname, o1.name) AS operator_emailed, CONVERT(sysname, o2.name) AS operator_netsent,
  CONVERT(sysname, o3.name) AS operator_paged`;

export const spHelpJobHistory: ProcedureDefinition = {
  name: 'sp_help_jobhistory',
  home: 'msdb',
  permission: 'public',
  parameters: [
    guidParam('@job_id', null),
    sysnameParam('@job_name', null),
    intParam('@step_id', null),
    intParam('@sql_message_id', null),
    intParam('@sql_severity', null),
    intParam('@start_run_date', null),
    intParam('@end_run_date', null),
    intParam('@start_run_time', null),
    intParam('@end_run_time', null),
    intParam('@minimum_run_duration', null),
    intParam('@run_status', null),
    intParam('@minimum_retries', null),
    intParam('@oldest_first', 0),
    nvarcharParam('@server', 30, null),
    varcharParam('@mode', 7, 'SUMMARY'),
  ],
  async run(ctx, args) {
    await requireAgentUser(ctx, 'sp_help_jobhistory');
    const where: string[] = [];
    const jobName = strArg(args.value('@job_name'));
    const jobId = strArg(args.value('@job_id'));
    if (jobName !== null || jobId !== null) {
      const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName, jobId });
      if (!job) return 1;
      where.push(`h.job_id = ${glit(job.jobId)}`);
    }
    // SQL Server's order: job, run dates (sp_verify_job_date), run times (sp_verify_job_time),
    // @run_status (14198), then @mode
    for (const p of ['@start_run_date', '@end_run_date']) {
      const d = intArg(args.value(p));
      if (d !== null && !validDate(d)) return raise(ctx, 14266, p, '19900101..99991231');
    }
    for (const p of ['@start_run_time', '@end_run_time']) {
      const t = intArg(args.value(p));
      if (t !== null && !await verifyJobTime(ctx, t, p)) return 1;
    }
    const runStatus = intArg(args.value('@run_status'));
    if (runStatus !== null && (runStatus < 0 || runStatus > 5)) {
      await raise(ctx, 14198, '@run_status', '0..5');
      return 1;
    }
    // SEM (the SQL Enterprise Manager format) is accepted; msxd answers it with the SUMMARY columns
    const mode = (strArg(args.value('@mode')) ?? '').trim().toUpperCase();
    if (mode !== 'SUMMARY' && mode !== 'FULL' && mode !== 'SEM') return raise(ctx, 14266, '@mode', 'SUMMARY, FULL, SEM');
    const stepId = intArg(args.value('@step_id'));
    if (stepId !== null) where.push(`h.step_id = ${ilit(stepId)}`);
    else if (mode !== 'FULL') where.push('h.step_id = 0');
    for (const [param, test] of FILTERS) {
      const v = intArg(args.value(param));
      if (v !== null) where.push(`${test} ${ilit(v)}`);
    }
    const server = strArg(args.value('@server'))?.trim() || null;
    if (server !== null) where.push(`UPPER(h.server) = UPPER(${nlit(server)})`);
    const order = intArg(args.value('@oldest_first')) === 1 ? 'ASC' : 'DESC';
    const columns = mode === 'FULL'
      ? `h.instance_id, h.job_id, CONVERT(sysname, j.name) AS job_name, h.step_id, h.step_name, h.sql_message_id, h.sql_severity,
  h.message, h.run_status, h.run_date, h.run_time, h.run_duration, ${OPERATORS}, h.retries_attempted, h.server`
      : `h.job_id, CONVERT(sysname, j.name) AS job_name, h.run_status, h.run_date, h.run_time, h.run_duration, ${OPERATORS},
  h.retries_attempted, h.server`;
    await execSql(ctx, `SELECT ${columns}
FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs_view AS j ON j.job_id = h.job_id
LEFT JOIN msdb.dbo.sysoperators AS o1 ON o1.id = h.operator_id_emailed
LEFT JOIN msdb.dbo.sysoperators AS o2 ON o2.id = h.operator_id_netsent
LEFT JOIN msdb.dbo.sysoperators AS o3 ON o3.id = h.operator_id_paged
${where.length ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY h.instance_id ${order};`);
    return 0;
  },
};
