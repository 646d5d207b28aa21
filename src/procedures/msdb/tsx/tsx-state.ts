// What a target keeps about its master (reference msx-agent.md §1.1): registry MSXServerName and
// MSXPollInterval, sqlagent_info 'DateEnlisted', the sysoriginatingservers row (master_server = 1),
// the master's MSXOperator copied locally, and the jobs downloaded from it.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { MSX_OPERATOR_NAME } from '../../../codes/msx-codes';
import { execSql, queryRow } from '../shared/agent-sql';
import { ilit, nlit } from '../shared/sql-text';
import { AGENT_KEY, normalizeKey, writeSetting } from '../schedule-support/agent-settings';
import { deleteJobRows } from '../job-support/delete-job-rows';

/** this server has target servers of its own (it is an MSX) */
export async function isMsx(ctx: ProcedureContext): Promise<boolean> {
  const r = await queryRow(ctx, 'SELECT COUNT(*) AS n FROM msdb.dbo.systargetservers');
  return Number(r?.n ?? 0) > 0;
}

export async function hasDateEnlisted(ctx: ProcedureContext): Promise<boolean> {
  const r = await queryRow(ctx, `SELECT COUNT(*) AS n FROM msdb.dbo.sqlagent_info WHERE attribute = N'DateEnlisted'`);
  return Number(r?.n ?? 0) > 0;
}

const OPERATOR_INTS = [
  'weekday_pager_start_time', 'weekday_pager_end_time', 'saturday_pager_start_time', 'saturday_pager_end_time',
  'sunday_pager_start_time', 'sunday_pager_end_time', 'pager_days',
] as const;

function intOf(v: unknown): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  return ilit(Number(v ?? 0));
}

function textOf(v: unknown): string {
  return v === null || v === undefined ? 'NULL' : nlit(String(v));
}

/** keeps the master's MSXOperator row (sp_enlist_tsx's result set) as the local MSXOperator */
export function storeMsxOperatorSql(row: Readonly<Record<string, unknown>>): string {
  const name = nlit(MSX_OPERATOR_NAME);
  const sets = [
    `enabled = ${intOf(row.enabled)}`, `email_address = ${textOf(row.email_address)}`,
    `pager_address = ${textOf(row.pager_address)}`, `netsend_address = ${textOf(row.netsend_address)}`,
    ...OPERATOR_INTS.map((c) => `${c} = ${intOf(row[c])}`),
  ];
  return `IF EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = ${name})
  UPDATE msdb.dbo.sysoperators SET ${sets.join(', ')} WHERE name = ${name};
ELSE
  INSERT INTO msdb.dbo.sysoperators (name, enabled, email_address, last_email_date, last_email_time, pager_address,
    last_pager_date, last_pager_time, ${OPERATOR_INTS.join(', ')}, netsend_address, last_netsend_date, last_netsend_time, category_id)
  VALUES (${name}, ${intOf(row.enabled)}, ${textOf(row.email_address)}, 0, 0, ${textOf(row.pager_address)}, 0, 0,
    ${OPERATOR_INTS.map((c) => intOf(row[c])).join(', ')}, ${textOf(row.netsend_address)}, 0, 0, 99);`;
}

/** after the master accepted: registry, sysoriginatingservers, DateEnlisted, MSXOperator */
export async function recordEnlistment(ctx: ProcedureContext, msx: string, operator: Readonly<Record<string, unknown>> | undefined): Promise<boolean> {
  await writeSetting(ctx, AGENT_KEY, 'MSXServerName', { type: 'REG_SZ', value: msx });
  return execSql(ctx, [
    `DELETE FROM msdb.dbo.sysoriginatingservers WHERE originating_server <> ${nlit(msx)};`,
    `IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoriginatingservers WHERE originating_server = ${nlit(msx)})
  INSERT INTO msdb.dbo.sysoriginatingservers (originating_server, master_server) VALUES (${nlit(msx)}, 1);`,
    `DELETE FROM msdb.dbo.sqlagent_info WHERE attribute = N'DateEnlisted';`,
    `INSERT INTO msdb.dbo.sqlagent_info (attribute, value) VALUES (N'DateEnlisted', CONVERT(nvarchar(8), GETDATE(), 112));`,
    operator ? storeMsxOperatorSql(operator) : '',
  ].filter((s) => s !== ''));
}

/** sp_delete_all_msx_jobs: every job that came from the master; resolves to how many */
export async function deleteAllMsxJobs(ctx: ProcedureContext): Promise<number> {
  const jobIds = `SELECT job_id FROM msdb.dbo.sysjobs WHERE originating_server_id IN
  (SELECT originating_server_id FROM msdb.dbo.sysoriginatingservers WHERE master_server = 1)`;
  const r = await queryRow(ctx, `SELECT COUNT(*) AS n FROM (${jobIds}) AS j`);
  const n = Number(r?.n ?? 0);
  if (n > 0) await deleteJobRows(ctx, { jobIds, deleteHistory: true, deleteUnusedSchedules: true });
  return n;
}

/** sp_msx_defect's local half; resolves to the number of jobs deleted */
export async function clearEnlistment(ctx: ProcedureContext): Promise<number> {
  const jobs = await deleteAllMsxJobs(ctx);
  const key = nlit(normalizeKey(AGENT_KEY));
  await execSql(ctx, [
    `DELETE FROM msdb.dbo.msxd_agent_settings WHERE UPPER(key_name) = UPPER(${key})
  AND UPPER(value_name) IN (N'MSXSERVERNAME', N'MSXPOLLINTERVAL');`,
    `DELETE FROM msdb.dbo.sqlagent_info WHERE attribute = N'DateEnlisted';`,
    `DELETE FROM msdb.dbo.sysoriginatingservers WHERE master_server = 1;`,
    `DELETE FROM msdb.dbo.sysoperators WHERE name = ${nlit(MSX_OPERATOR_NAME)};`,
  ]);
  return jobs;
}
