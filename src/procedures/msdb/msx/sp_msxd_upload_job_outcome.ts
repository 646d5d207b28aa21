// msxd-only (MSX side): a target agent uploads one history row of a multiserver job it ran: the
// row goes to sysjobhistory with server = the target, and a job outcome (step 0) sets the
// target's sysjobservers row last_run_*. Rows arrive in the target's instance_id order; one at or
// below the last received was already recorded and is ignored, so a retried upload is recorded
// exactly once. The last id received is kept with the Agent's registry values
// (msxd_agent_settings, key UPLOAD_KEY, value "<target> <server_id>": a target enlisted again
// gets a new server_id, so a rebuilt target starting its ids at 1 again is not ignored). A job since deleted at the master is skipped.
// Only a sysadmin or the login that enlisted the target (229 / 14260, target-login-check.ts).
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { execSql, queryRow } from '../shared/agent-sql';
import { normalizeKey, readSetting } from '../schedule-support/agent-settings';
import { glit, ilit, nlit } from '../shared/sql-text';
import { INT, nvarchar, SYSNAME, UNIQUEIDENTIFIER } from './param-types';
import { findTarget } from './msx-sql';
import { targetLoginFor } from './target-login-check';

/** msxd's own registry key (not SQL Server's) */
export const UPLOAD_KEY = normalizeKey('SOFTWARE\\msxd\\TargetUploads');

const INT_PARAMS = ['@step_id', '@sql_message_id', '@sql_severity', '@run_status', '@run_date', '@run_time', '@run_duration', '@retries_attempted'] as const;

export const spMsxdUploadJobOutcome: ProcedureDefinition = {
  name: 'sp_msxd_upload_job_outcome',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@target_instance_id', type: INT },
    { name: '@job_id', type: UNIQUEIDENTIFIER },
    { name: '@step_name', type: SYSNAME },
    { name: '@message', type: nvarchar(4000), default: null },
    ...INT_PARAMS.map((name) => ({ name, type: INT, default: 0 })),
  ],
  async run(ctx, args) {
    const server = await targetLoginFor(ctx, 'sp_msxd_upload_job_outcome', args.value('@server_name')) ?? '';
    const target = await findTarget(ctx, server);
    if (!target) return 1;
    const instance = Number(args.value('@target_instance_id') ?? 0);
    const markName = `${target.server_name} ${target.server_id}`;
    const mark = await readSetting(ctx, UPLOAD_KEY, markName);
    if (mark && Number(mark.value) >= instance) return 0;
    const jobId = args.value('@job_id');
    const job = jobId === null ? 'NULL' : glit(String(jobId));
    const i = (name: (typeof INT_PARAMS)[number]): string => ilit(Number(args.value(name) ?? 0));
    const exists = await queryRow(ctx, `SELECT job_id FROM msdb.dbo.sysjobs WHERE job_id = ${job}`);
    const writes: string[] = [];
    if (exists) {
      writes.push(`INSERT INTO msdb.dbo.sysjobhistory (job_id, step_id, step_name, sql_message_id, sql_severity, message,
  run_status, run_date, run_time, run_duration, operator_id_emailed, operator_id_netsent, operator_id_paged, retries_attempted, server)
VALUES (${job}, ${i('@step_id')}, ${nlit(String(args.value('@step_name') ?? ''))}, ${i('@sql_message_id')}, ${i('@sql_severity')},
  ${nlit(args.value('@message'))}, ${i('@run_status')}, ${i('@run_date')}, ${i('@run_time')}, ${i('@run_duration')}, 0, 0, 0,
  ${i('@retries_attempted')}, ${nlit(target.server_name)});`);
      if (Number(args.value('@step_id') ?? 0) === 0) {
        writes.push(`UPDATE msdb.dbo.sysjobservers SET last_run_outcome = ${i('@run_status')}, last_outcome_message = ${nlit(args.value('@message'))},
  last_run_date = ${i('@run_date')}, last_run_time = ${i('@run_time')}, last_run_duration = ${i('@run_duration')}
WHERE job_id = ${job} AND server_id = ${ilit(target.server_id)};`);
      }
    }
    // in the same transaction as the history row (writeSetting would run on its own)
    writes.push(mark
      ? `UPDATE msdb.dbo.msxd_agent_settings SET int_value = ${ilit(instance)} WHERE key_name = ${nlit(UPLOAD_KEY)} AND value_name = ${nlit(markName)};`
      : `INSERT INTO msdb.dbo.msxd_agent_settings (key_name, value_name, value_type, int_value, text_value)
  VALUES (${nlit(UPLOAD_KEY)}, ${nlit(markName)}, N'REG_DWORD', ${ilit(instance)}, NULL);`);
    return (await execSql(ctx, writes, true)) ? 0 : 1;
  },
};
