// sp_sqlagent_log_jobhistory: one sysjobhistory row per step attempt and one per job outcome
// (step 0, named "(Job outcome)", message 14570), which also closes the session's sysjobactivity
// row. Then SQL Server's row limiter (sp_jobhistory_row_limiter): the job keeps at most
// JobHistoryMaxRowsPerJob rows and msdb at most JobHistoryMaxRows (oldest deleted first);
// -1 (or a missing/0 value) for JobHistoryMaxRows means unlimited, as "Limit size of job history
// log" unchecked in SQL Server.
import type { ProcedureContext, ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { execSql, queryRow } from './shared/agent-sql';
import { glit, ilit, nlit } from './shared/sql-text';
import { NOW_SECONDS } from './schedule-support/agent-dates';
import { AGENT_DEFAULTS, agentNumber } from './schedule-support/agent-settings';
import { guidParam, intArg, intParam, nvarcharParam, strArg, sysnameParam } from './schedule-support/params';

/** Deletes the oldest rows beyond `keep` among those matching `where`. */
async function keepNewest(ctx: ProcedureContext, where: string, keep: number): Promise<void> {
  const cut = await queryRow(ctx, `SELECT instance_id FROM msdb.dbo.sysjobhistory WHERE ${where}
ORDER BY instance_id DESC OFFSET ${ilit(keep)} ROWS FETCH NEXT 1 ROWS ONLY`);
  if (cut) await execSql(ctx, `DELETE FROM msdb.dbo.sysjobhistory WHERE ${where} AND instance_id <= ${ilit(Number(cut.instance_id))};`);
}

/** sp_jobhistory_row_limiter */
export async function limitJobHistory(ctx: ProcedureContext, jobId: string): Promise<void> {
  const maxRows = await agentNumber(ctx, 'JobHistoryMaxRows', AGENT_DEFAULTS.JobHistoryMaxRows);
  if (maxRows <= 0) return;
  const perJob = await agentNumber(ctx, 'JobHistoryMaxRowsPerJob', AGENT_DEFAULTS.JobHistoryMaxRowsPerJob);
  if (perJob > 0) await keepNewest(ctx, `job_id = ${glit(jobId)}`, perJob);
  await keepNewest(ctx, '1 = 1', maxRows);
}

export const spSqlagentLogJobhistory: ProcedureDefinition = {
  name: 'sp_sqlagent_log_jobhistory',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [guidParam('@job_id'), intParam('@step_id'), intParam('@sql_message_id', 0), intParam('@sql_severity', 0),
    nvarcharParam('@message', 4000, null), intParam('@run_status'), intParam('@run_date'), intParam('@run_time'),
    intParam('@run_duration'), intParam('@operator_id_emailed', 0), intParam('@operator_id_netsent', 0),
    intParam('@operator_id_paged', 0), intParam('@retries_attempted'), sysnameParam('@server', null), intParam('@session_id', 0)],
  async run(ctx, args) {
    const i = (n: string): string => ilit(intArg(args.value(n)) ?? 0);
    const jobId = strArg(args.value('@job_id')) ?? '';
    const job = glit(jobId);
    const stepId = intArg(args.value('@step_id')) ?? 0;
    const stepName = stepId === 0 ? nlit(messageDef(14570)?.text ?? '(Job outcome)')
      : `ISNULL((SELECT step_name FROM msdb.dbo.sysjobsteps WHERE job_id = ${job} AND step_id = ${ilit(stepId)}), N'')`;
    const server = strArg(args.value('@server'))?.trim() || null;
    await execSql(ctx, `INSERT INTO msdb.dbo.sysjobhistory (job_id, step_id, step_name, sql_message_id, sql_severity, message,
  run_status, run_date, run_time, run_duration, operator_id_emailed, operator_id_netsent, operator_id_paged, retries_attempted, server)
VALUES (${job}, ${ilit(stepId)}, ${stepName}, ${i('@sql_message_id')}, ${i('@sql_severity')}, ${nlit(strArg(args.value('@message')))},
  ${i('@run_status')}, ${i('@run_date')}, ${i('@run_time')}, ${i('@run_duration')}, ${i('@operator_id_emailed')},
  ${i('@operator_id_netsent')}, ${i('@operator_id_paged')}, ${i('@retries_attempted')},
  ${server === null ? "CONVERT(sysname, SERVERPROPERTY('ServerName'))" : nlit(server)});
${stepId === 0 ? `UPDATE msdb.dbo.sysjobactivity SET stop_execution_date = ${NOW_SECONDS}, job_history_id = CONVERT(int, SCOPE_IDENTITY())
WHERE session_id = ${i('@session_id')} AND job_id = ${job};` : ''}`);
    await limitJobHistory(ctx, jobId);
    return 0;
  },
};
