// sp_delete_schedule: deletes a schedule. Owner or sysadmin (14394); a schedule jobs still use is
// kept (14372) unless @force_delete = 1, which detaches it from them first.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, queryRows, raise } from './shared/agent-sql';
import { ilit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { detach } from './schedule-support/attach';
import { bitParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { verifyScheduleIdentifiers } from './schedule-support/schedule-lookup';
import { requireScheduleOwner } from './schedule-support/update-schedule';

export const spDeleteSchedule: ProcedureDefinition = {
  name: 'sp_delete_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    intParam('@schedule_id', null),
    sysnameParam('@schedule_name', null),
    bitParam('@force_delete', false),
    bitParam('@automatic_post', true),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_delete_schedule');
    const s = await verifyScheduleIdentifiers(ctx, {
      nameParameter: '@schedule_name', idParameter: '@schedule_id',
      scheduleName: strArg(args.value('@schedule_name')), scheduleId: intArg(args.value('@schedule_id')),
    });
    if (!s) return 1;
    if (!await requireScheduleOwner(ctx, roles, s)) return 1;
    if (s.jobCount > 0) {
      if (args.value('@force_delete') !== true) return raise(ctx, 14372);
      const jobs = await queryRows(ctx, `SELECT CONVERT(nvarchar(36), job_id) AS job_id FROM msdb.dbo.sysjobschedules WHERE schedule_id = ${ilit(s.scheduleId)}`);
      for (const j of jobs) await detach(ctx, String(j.job_id), s.scheduleId, false, args.value('@automatic_post') !== false);
    }
    await execSql(ctx, `DELETE FROM msdb.dbo.sysschedules WHERE schedule_id = ${ilit(s.scheduleId)};`);
    return 0;
  },
};
