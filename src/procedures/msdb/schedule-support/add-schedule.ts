// The body of sp_add_schedule, shared with sp_add_jobschedule (which SQL Server implements as
// sp_add_schedule + sp_attach_schedule).
import { randomUUID } from 'node:crypto';
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow, raise } from '../shared/agent-sql';
import { loginSid } from '../shared/caller';
import { originatingServerId } from '../shared/originating-server';
import { glit, ilit, nlit } from '../shared/sql-text';
import type { AgentRoles } from './agent-roles';
import { schedulesWhere } from './schedule-lookup';
import { verifySchedule, type ScheduleFields } from './schedule-rules';

export interface NewSchedule extends Omit<ScheduleFields, 'activeStartDate'> {
  name: string | null;
  activeStartDate: number | null;
  ownerLoginName: string | null;
  scheduleUid: string | null;
  originatingServer: string | null;
}

export type AddOutcome = { readonly ok: true; readonly scheduleId: number; readonly scheduleUid: string } | { readonly ok: false };

const FAILED: AddOutcome = { ok: false };
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

/** Today as yyyymmdd by the server's clock (GETDATE()). */
export async function serverToday(ctx: ProcedureContext): Promise<number> {
  const r = await queryRow(ctx, `SELECT CONVERT(int, CONVERT(char(8), GETDATE(), 112)) AS d`);
  return Number(r?.d);
}

export async function addSchedule(ctx: ProcedureContext, roles: AgentRoles, procedure: string, s: NewSchedule): Promise<AddOutcome> {
  const name = s.name?.trim() || null;
  if (name === null) {
    await raise(ctx, 14043, '@schedule_name', procedure);
    return FAILED;
  }
  let ownerSid = roles.sid;
  const owner = s.ownerLoginName?.trim() || null;
  if (owner !== null) {
    const sid = await loginSid(ctx, owner);
    if (sid === undefined) {
      await raise(ctx, 14262, '@owner_login_name', owner);
      return FAILED;
    }
    if (sid !== roles.sid && !roles.isSysadmin) {
      await raise(ctx, 14366);
      return FAILED;
    }
    ownerSid = sid;
  }
  const originId = await originatingServerId(ctx, s.originatingServer?.trim() || undefined);
  if (originId === undefined) return FAILED;
  const today = await serverToday(ctx);
  const fields: ScheduleFields = { ...s, activeStartDate: s.activeStartDate ?? today };
  const broken = verifySchedule(fields, today);
  if (broken) {
    await raise(ctx, broken.number, ...broken.args);
    return FAILED;
  }
  const given = s.scheduleUid?.toUpperCase() ?? null;
  const uid = given === null || given === ZERO_GUID ? randomUUID().toUpperCase() : given;
  const f = fields;
  const [existing] = await schedulesWhere(ctx, `s.schedule_uid = ${glit(uid)}`);
  const version = (existing?.versionNumber ?? 0) + 1;
  const values = `${ilit(f.enabled)}, ${ilit(f.freqType)}, ${ilit(f.freqInterval)}, ${ilit(f.freqSubdayType)}, ${ilit(f.freqSubdayInterval)},
  ${ilit(f.freqRelativeInterval)}, ${ilit(f.freqRecurrenceFactor)}, ${ilit(f.activeStartDate)}, ${ilit(f.activeEndDate)},
  ${ilit(f.activeStartTime)}, ${ilit(f.activeEndTime)}`;
  // A given uid that exists is updated in place: that is how a target server's agent re-applies
  // a schedule downloaded from its master (SQL Server's sp_add_schedule does the same).
  const r = await queryRow(ctx, `SELECT schedule_id AS id FROM msdb.dbo.sysschedules WHERE schedule_uid = ${glit(uid)}`,
    `IF EXISTS (SELECT 1 FROM msdb.dbo.sysschedules WHERE schedule_uid = ${glit(uid)})
  UPDATE msdb.dbo.sysschedules
  SET name = ${nlit(name)}, owner_sid = ${ownerSid}, enabled = ${ilit(f.enabled)}, freq_type = ${ilit(f.freqType)},
      freq_interval = ${ilit(f.freqInterval)}, freq_subday_type = ${ilit(f.freqSubdayType)},
      freq_subday_interval = ${ilit(f.freqSubdayInterval)}, freq_relative_interval = ${ilit(f.freqRelativeInterval)},
      freq_recurrence_factor = ${ilit(f.freqRecurrenceFactor)}, active_start_date = ${ilit(f.activeStartDate)},
      active_end_date = ${ilit(f.activeEndDate)}, active_start_time = ${ilit(f.activeStartTime)},
      active_end_time = ${ilit(f.activeEndTime)}, date_modified = GETDATE(), version_number = ${ilit(version)}
  WHERE schedule_uid = ${glit(uid)};
ELSE
  INSERT INTO msdb.dbo.sysschedules (schedule_uid, originating_server_id, name, owner_sid, enabled, freq_type,
    freq_interval, freq_subday_type, freq_subday_interval, freq_relative_interval, freq_recurrence_factor,
    active_start_date, active_end_date, active_start_time, active_end_time)
  VALUES (${glit(uid)}, ${ilit(originId)}, ${nlit(name)}, ${ownerSid}, ${values});`);
  if (!r) return FAILED;
  return { ok: true, scheduleId: Number(r.id), scheduleUid: uid };
}
