// msxd-only (MSX side): a target agent uploads one history row of a multiserver job it ran: the
// row goes to sysjobhistory with server = the target, and a job outcome (step 0) sets the
// target's sysjobservers row last_run_*. Rows arrive in the target's instance_id order; one at or
// below the last received was already recorded and is ignored, so a retried upload is recorded
// exactly once. The last id received is kept with the Agent's registry values
// (msxd_agent_settings, key UPLOAD_KEY, value "<target> <server_id>": a target enlisted again
// gets a new server_id, so a rebuilt target starting its ids at 1 again is not ignored). A job since deleted at the master is skipped.
// Only a sysadmin or the login that enlisted the target (229 / 14260, target-login-check.ts).
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { typed } from '../../../types/typed-value';
import { execSql, queryRow, sqlParams } from '../shared/agent-sql';
import { normalizeKey } from '../schedule-support/agent-settings';
import { INT, nvarchar, SYSNAME, UNIQUEIDENTIFIER } from './param-types';
import { findTarget } from './msx-sql';
import { targetLoginFor } from './target-login-check';

/** msxd's own registry key (not SQL Server's) */
export const UPLOAD_KEY = normalizeKey('SOFTWARE\\msxd\\TargetUploads');

const INT_PARAMS = ['@step_id', '@sql_message_id', '@sql_severity', '@run_status', '@run_date', '@run_time', '@run_duration', '@retries_attempted'] as const;

// Constant texts, the values as variables (one parsed batch for every target and row). The mark is
// read by its clustered key (key_name, value_name are case-insensitive, as readSetting's UPPER()s).
const READ_MARK = 'SELECT int_value FROM msdb.dbo.msxd_agent_settings WHERE key_name = @key AND value_name = @mark';
const JOB_EXISTS = 'SELECT job_id FROM msdb.dbo.sysjobs WHERE job_id = @job_id';
const INSERT_HISTORY = `INSERT INTO msdb.dbo.sysjobhistory (job_id, step_id, step_name, sql_message_id, sql_severity, message,
  run_status, run_date, run_time, run_duration, operator_id_emailed, operator_id_netsent, operator_id_paged, retries_attempted, server)
VALUES (@job_id, @step_id, @step_name, @sql_message_id, @sql_severity, @message, @run_status, @run_date, @run_time, @run_duration,
  0, 0, 0, @retries_attempted, @server);`;
const UPDATE_JOB_SERVER = `UPDATE msdb.dbo.sysjobservers SET last_run_outcome = @run_status, last_outcome_message = @message,
  last_run_date = @run_date, last_run_time = @run_time, last_run_duration = @run_duration
WHERE job_id = @job_id AND server_id = @server_id;`;
const UPDATE_MARK = 'UPDATE msdb.dbo.msxd_agent_settings SET int_value = @instance WHERE key_name = @key AND value_name = @mark;';
const INSERT_MARK = `INSERT INTO msdb.dbo.msxd_agent_settings (key_name, value_name, value_type, int_value, text_value)
  VALUES (@key, @mark, N'REG_DWORD', @instance, NULL);`;

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
    const params = sqlParams({
      '@key': typed(nvarchar(400), UPLOAD_KEY),
      '@mark': typed(nvarchar(256), `${target.server_name} ${target.server_id}`),
      '@instance': typed(INT, instance),
      '@job_id': args.get('@job_id'),
      '@step_name': typed(SYSNAME, String(args.value('@step_name') ?? '')),
      '@message': args.get('@message'),
      '@server': typed(SYSNAME, target.server_name),
      '@server_id': typed(INT, target.server_id),
      ...Object.fromEntries(INT_PARAMS.map((name) => [name, typed(INT, Math.trunc(Number(args.value(name) ?? 0)))])),
    });
    const mark = await queryRow(ctx, READ_MARK, '', params);
    if (mark && Number(mark.int_value) >= instance) return 0;
    const writes: string[] = [];
    if (await queryRow(ctx, JOB_EXISTS, '', params)) {
      writes.push(INSERT_HISTORY);
      if (Number(args.value('@step_id') ?? 0) === 0) writes.push(UPDATE_JOB_SERVER);
    }
    // in the same transaction as the history row (writeSetting would run on its own)
    writes.push(mark ? UPDATE_MARK : INSERT_MARK);
    return (await execSql(ctx, writes, true, params)) ? 0 : 1;
  },
};
