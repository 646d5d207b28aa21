// sp_update_schedule: changes a schedule; NULL arguments keep the stored values. Owner or
// sysadmin (14394); new owner only by sysadmin (14366); the merged schedule is checked as
// sp_add_schedule's. Jobs using it are told to reload.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { scheduleParameters, UPDATE_SCHEDULE_DEFAULTS } from './shared/schedule-parameters';
import { requireAgentUser } from './schedule-support/agent-roles';
import { bitParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { verifyScheduleIdentifiers } from './schedule-support/schedule-lookup';
import { changedFields, updateSchedule } from './schedule-support/update-schedule';

export const spUpdateSchedule: ProcedureDefinition = {
  name: 'sp_update_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    intParam('@schedule_id', null),
    sysnameParam('@name', null),
    sysnameParam('@new_name', null),
    ...scheduleParameters(UPDATE_SCHEDULE_DEFAULTS),
    sysnameParam('@owner_login_name', null),
    bitParam('@automatic_post', true),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_update_schedule');
    const s = await verifyScheduleIdentifiers(ctx, {
      nameParameter: '@name', idParameter: '@schedule_id',
      scheduleName: strArg(args.value('@name')), scheduleId: intArg(args.value('@schedule_id')),
    });
    if (!s) return 1;
    return updateSchedule(ctx, roles, s, {
      newName: strArg(args.value('@new_name')),
      ownerLoginName: strArg(args.value('@owner_login_name')),
      fields: changedFields((n) => intArg(args.value(n))),
      automaticPost: args.value('@automatic_post') !== false,
    });
  },
};
