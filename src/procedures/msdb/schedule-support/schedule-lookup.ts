// sp_verify_schedule_identifiers: a schedule named by @schedule_name or @schedule_id (exactly
// one), with SQL Server's errors 14373 (neither or both), 14262 (unknown), 14371 (two schedules
// of that name). Only local schedules (sysschedules_localserver_view) are found.
import type { ScheduleTiming } from '../../../codes/schedule-timing';
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRows, raise, type Row } from '../shared/agent-sql';
import { ilit, nlit } from '../shared/sql-text';

export interface ScheduleRow extends ScheduleTiming {
  readonly scheduleId: number;
  readonly scheduleUid: string;
  readonly name: string;
  /** '0x...' */
  readonly ownerSid: string;
  readonly enabled: number;
  readonly versionNumber: number;
  /** jobs using it */
  readonly jobCount: number;
}

const COLUMNS = `s.schedule_id, CONVERT(nvarchar(36), s.schedule_uid) AS schedule_uid, s.name,
  CONVERT(nvarchar(200), s.owner_sid, 1) AS owner_sid, s.enabled, s.freq_type, s.freq_interval, s.freq_subday_type,
  s.freq_subday_interval, s.freq_relative_interval, s.freq_recurrence_factor, s.active_start_date,
  s.active_end_date, s.active_start_time, s.active_end_time, s.version_number,
  (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules AS js WHERE js.schedule_id = s.schedule_id) AS job_count`;

function toSchedule(r: Row): ScheduleRow {
  const n = (k: string): number => Number(r[k]);
  return {
    scheduleId: n('schedule_id'), scheduleUid: String(r.schedule_uid).toUpperCase(), name: String(r.name),
    ownerSid: String(r.owner_sid), enabled: n('enabled'), freqType: n('freq_type'), freqInterval: n('freq_interval'),
    freqSubdayType: n('freq_subday_type'), freqSubdayInterval: n('freq_subday_interval'),
    freqRelativeInterval: n('freq_relative_interval'), freqRecurrenceFactor: n('freq_recurrence_factor'),
    activeStartDate: n('active_start_date'), activeEndDate: n('active_end_date'),
    activeStartTime: n('active_start_time'), activeEndTime: n('active_end_time'), versionNumber: n('version_number'), jobCount: n('job_count'),
  };
}

/** local schedules matching `where` (over alias s of msdb.dbo.sysschedules) */
export async function schedulesWhere(ctx: ProcedureContext, where: string): Promise<ScheduleRow[]> {
  return (await queryRows(ctx, `SELECT ${COLUMNS} FROM msdb.dbo.sysschedules AS s
WHERE s.originating_server_id = 0 AND (${where})`)).map(toSchedule);
}

export interface ScheduleIdentifiers {
  readonly nameParameter: string;
  readonly idParameter: string;
  readonly scheduleName: string | null;
  readonly scheduleId: number | null;
}

/** The schedule, or undefined after raising SQL Server's error (the caller returns 1). */
export async function verifyScheduleIdentifiers(ctx: ProcedureContext, ids: ScheduleIdentifiers): Promise<ScheduleRow | undefined> {
  const name = ids.scheduleName?.trim() || null;
  if ((name === null) === (ids.scheduleId === null)) {
    await raise(ctx, 14373, ids.idParameter, ids.nameParameter);
    return undefined;
  }
  if (ids.scheduleId !== null) {
    const [s] = await schedulesWhere(ctx, `s.schedule_id = ${ilit(ids.scheduleId)}`);
    if (!s) await raise(ctx, 14262, ids.idParameter, String(ids.scheduleId));
    return s;
  }
  const found = await schedulesWhere(ctx, `s.name = ${nlit(name)}`);
  if (found.length > 1) {
    await raise(ctx, 14371, name!, ids.idParameter, ids.nameParameter);
    return undefined;
  }
  if (found.length === 0) await raise(ctx, 14262, ids.nameParameter, name!);
  return found[0];
}
