// sp_help_schedule: the local schedules the caller may see (sysschedules_localserver_view), one,
// or only those attached to jobs; schedule_description as sp_get_schedule_description when
// @include_description = 1, else "(Description not requested.)".
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { ilit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { bitParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { descriptionCase } from './schedule-support/schedule-description';
import { schedulesWhere, verifyScheduleIdentifiers } from './schedule-support/schedule-lookup';

export const spHelpSchedule: ProcedureDefinition = {
  name: 'sp_help_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    intParam('@schedule_id', null),
    sysnameParam('@schedule_name', null),
    bitParam('@attached_schedules_only', false),
    bitParam('@include_description', false),
  ],
  async run(ctx, args) {
    await requireAgentUser(ctx, 'sp_help_schedule');
    const id = intArg(args.value('@schedule_id'));
    const name = strArg(args.value('@schedule_name'));
    let where = '1 = 1';
    if (id !== null || name !== null) {
      const s = await verifyScheduleIdentifiers(ctx, { nameParameter: '@schedule_name', idParameter: '@schedule_id', scheduleName: name, scheduleId: id });
      if (!s) return 1;
      where = `s.schedule_id = ${ilit(s.scheduleId)}`;
    }
    if (args.value('@attached_schedules_only') === true) where += ' AND EXISTS (SELECT 1 FROM msdb.dbo.sysjobschedules AS a WHERE a.schedule_id = s.schedule_id)';
    const include = args.value('@include_description') === true;
    const described = include ? await schedulesWhere(ctx, where) : [];
    await execSql(ctx, `SELECT CONVERT(int, s.schedule_id) AS schedule_id, s.schedule_uid, CONVERT(sysname, s.name) AS schedule_name,
  CONVERT(int, s.enabled) AS enabled, s.freq_type, s.freq_interval, s.freq_subday_type, s.freq_subday_interval,
  s.freq_relative_interval, s.freq_recurrence_factor, s.active_start_date, s.active_end_date, s.active_start_time,
  s.active_end_time, s.date_created, ${descriptionCase('s.schedule_id', described, include)} AS schedule_description,
  (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules AS js WHERE js.schedule_id = s.schedule_id) AS job_count
FROM msdb.dbo.sysschedules_localserver_view AS s
WHERE ${where}
ORDER BY s.schedule_id;`);
    return 0;
  },
};
