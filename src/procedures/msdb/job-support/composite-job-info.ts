// sp_get_composite_job_info: sp_help_job's one-row-per-job result set. SQL Server combines sysjobs
// with the agent's in-memory state (xp_sqlagent_enum_jobs); msxd's agent records that state in
// sysjobactivity (the newest session) and sysjobschedules.next_run_*, so it is read from there.
// Column names, order and types are SQL Server's (SMO inserts the rows into fixed #temp tables).
import { messageDef } from '../../../errors/catalog';
import { glit, ilit, nlit } from '../shared/index';

export interface JobFilter {
  readonly jobId?: string;
  /** jobs using this schedule (sp_get_composite_job_info @schedule_id: sp_help_jobs_in_schedule) */
  readonly scheduleId?: number;
  readonly jobType?: 'LOCAL' | 'MULTI-SERVER';
  readonly ownerLoginName?: string;
  readonly subsystem?: string;
  readonly categoryId?: number;
  readonly enabled?: number;
  readonly executionStatus?: number;
  readonly dateComparator?: '=' | '<' | '>';
  /** datetime literals (T-SQL text) */
  readonly dateCreated?: string;
  readonly dateLastModified?: string;
  readonly description?: string;
}

/** The agent's current session: its sysjobactivity rows are the jobs' execution state. */
export const NEWEST_SESSION = '(SELECT MAX(session_id) FROM msdb.dbo.syssessions)';

const UNKNOWN = nlit(messageDef(14205)!.text);

/** SQLAGENT_SUSER_SNAME: the Agent account's SID shows as '$(SQLAgentAccount)' */
const OWNER = `CASE WHEN sjv.owner_sid = 0xFFFFFFFF THEN N'$(SQLAgentAccount)' ELSE SUSER_SNAME(sjv.owner_sid) END`;

const STATE = `(SELECT sjv.job_id,
    CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysjobservers AS r WHERE r.job_id = sjv.job_id AND r.server_id <> 0) THEN NULL
         WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysjobactivity AS ja
                      WHERE ja.job_id = sjv.job_id AND ja.session_id = ${NEWEST_SESSION}
                        AND ja.start_execution_date IS NOT NULL AND ja.stop_execution_date IS NULL) THEN 1
         ELSE 4 END AS execution_status,
    (SELECT CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysjobservers AS r WHERE r.job_id = sjv.job_id AND r.server_id = 0) THEN 1
                 WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysjobservers AS r WHERE r.job_id = sjv.job_id) THEN 2 ELSE 0 END) AS job_type
  FROM msdb.dbo.sysjobs_view AS sjv)`;

function filters(f: JobFilter): string[] {
  const w: string[] = [];
  if (f.jobId !== undefined) w.push(`sjv.job_id = ${glit(f.jobId)}`);
  if (f.scheduleId !== undefined) w.push(`EXISTS (SELECT 1 FROM msdb.dbo.sysjobschedules AS jsf WHERE jsf.job_id = sjv.job_id AND jsf.schedule_id = ${ilit(f.scheduleId)})`);
  if (f.subsystem !== undefined) w.push(`EXISTS (SELECT 1 FROM msdb.dbo.sysjobsteps AS st WHERE st.job_id = sjv.job_id AND st.subsystem = ${nlit(f.subsystem)})`);
  if (f.ownerLoginName !== undefined) w.push(`sjv.owner_sid = SUSER_SID(${nlit(f.ownerLoginName)})`);
  if (f.enabled !== undefined) w.push(`sjv.enabled = ${ilit(f.enabled)}`);
  if (f.categoryId !== undefined) w.push(`sjv.category_id = ${ilit(f.categoryId)}`);
  if (f.executionStatus !== undefined) {
    w.push(f.executionStatus === 0 ? 'st.execution_status NOT IN (4, 5)' : `st.execution_status = ${ilit(f.executionStatus)}`);
  }
  if (f.description !== undefined) w.push(`sjv.description LIKE ${nlit(f.description)}`);
  if (f.jobType !== undefined) w.push(`st.job_type = ${f.jobType === 'LOCAL' ? 1 : 2}`);
  if (f.dateComparator !== undefined) {
    const op = f.dateComparator;
    if (f.dateCreated !== undefined) w.push(`sjv.date_created ${op} ${f.dateCreated}`);
    if (f.dateLastModified !== undefined) w.push(`sjv.date_modified ${op} ${f.dateLastModified}`);
  }
  return w;
}

export function compositeJobInfoSql(f: JobFilter): string {
  const where = filters(f);
  const lastRun = (col: string, placeholder: number): string => `ISNULL((SELECT TOP (1) s.${col} FROM msdb.dbo.sysjobservers AS s
      WHERE s.job_id = sjv.job_id ORDER BY s.last_run_date DESC, s.last_run_time DESC), ${placeholder})`;
  const nextRun = (col: string): string => `CASE WHEN st.job_type = 2 THEN 0 ELSE ISNULL((SELECT TOP (1) ${col}
      FROM msdb.dbo.sysjobschedules AS js JOIN msdb.dbo.sysschedules AS ss ON ss.schedule_id = js.schedule_id
      WHERE js.job_id = sjv.job_id AND ss.enabled = 1 AND js.next_run_date > 0
      ORDER BY js.next_run_date, js.next_run_time), 0) END`;
  return `SELECT sjv.job_id,
  CONVERT(nvarchar(128), sjv.originating_server) AS originating_server,
  sjv.name,
  sjv.enabled,
  sjv.description,
  sjv.start_step_id,
  CONVERT(nvarchar(128), ISNULL(sc.name, ${UNKNOWN})) AS category,
  CONVERT(nvarchar(128), ${OWNER}) AS owner,
  sjv.notify_level_eventlog,
  sjv.notify_level_email,
  sjv.notify_level_netsend,
  sjv.notify_level_page,
  CONVERT(nvarchar(128), ISNULL(so1.name, ${UNKNOWN})) AS notify_email_operator,
  CONVERT(nvarchar(128), ISNULL(so2.name, ${UNKNOWN})) AS notify_netsend_operator,
  CONVERT(nvarchar(128), ISNULL(so3.name, ${UNKNOWN})) AS notify_page_operator,
  sjv.delete_level,
  sjv.date_created,
  sjv.date_modified,
  sjv.version_number,
  CONVERT(int, ${lastRun('last_run_date', 0)}) AS last_run_date,
  CONVERT(int, ${lastRun('last_run_time', 0)}) AS last_run_time,
  CONVERT(int, ${lastRun('last_run_outcome', 5)}) AS last_run_outcome,
  CONVERT(int, ${nextRun('js.next_run_date')}) AS next_run_date,
  CONVERT(int, ${nextRun('js.next_run_time')}) AS next_run_time,
  CONVERT(int, ${nextRun('js.schedule_id')}) AS next_run_schedule_id,
  CONVERT(int, ISNULL(st.execution_status, 0)) AS current_execution_status,
  CONVERT(nvarchar(max), N'0 ' + ${UNKNOWN}) AS current_execution_step,
  CONVERT(int, 0) AS current_retry_attempt,
  (SELECT COUNT(*) FROM msdb.dbo.sysjobsteps AS sjst WHERE sjst.job_id = sjv.job_id) AS has_step,
  (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules AS sjsch WHERE sjsch.job_id = sjv.job_id) AS has_schedule,
  (SELECT COUNT(*) FROM msdb.dbo.sysjobservers AS sjs WHERE sjs.job_id = sjv.job_id) AS has_target,
  CONVERT(int, st.job_type) AS type
FROM msdb.dbo.sysjobs_view AS sjv
  JOIN ${STATE} AS st ON st.job_id = sjv.job_id
  LEFT OUTER JOIN msdb.dbo.sysoperators AS so1 ON sjv.notify_email_operator_id = so1.id
  LEFT OUTER JOIN msdb.dbo.sysoperators AS so2 ON sjv.notify_netsend_operator_id = so2.id
  LEFT OUTER JOIN msdb.dbo.sysoperators AS so3 ON sjv.notify_page_operator_id = so3.id
  LEFT OUTER JOIN msdb.dbo.syscategories AS sc ON sjv.category_id = sc.category_id
${where.length > 0 ? `WHERE ${where.join('\n  AND ')}\n` : ''}ORDER BY sjv.job_id;`;
}
