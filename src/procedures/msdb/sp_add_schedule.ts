// sp_add_schedule: creates a schedule (not yet attached to any job). Validation as
// sp_verify_schedule (14266, 14278, 14288, 14295), owner rules (14366, 14262), @originating_server
// (14370). Returns the new id and uid through the OUTPUT parameters.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { ADD_SCHEDULE_DEFAULTS, newScheduleFields, scheduleParameters } from './shared/schedule-parameters';
import { addSchedule } from './schedule-support/add-schedule';
import { requireAgentUser } from './schedule-support/agent-roles';
import { guidOutput, intOutput, strArg, sysnameParam } from './schedule-support/params';

export const spAddSchedule: ProcedureDefinition = {
  name: 'sp_add_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    sysnameParam('@schedule_name'),
    ...scheduleParameters(ADD_SCHEDULE_DEFAULTS),
    sysnameParam('@owner_login_name', null),
    guidOutput('@schedule_uid'),
    intOutput('@schedule_id'),
    sysnameParam('@originating_server', null),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_add_schedule');
    const outcome = await addSchedule(ctx, roles, 'sp_add_schedule', {
      name: strArg(args.value('@schedule_name')),
      ...newScheduleFields(args),
      ownerLoginName: strArg(args.value('@owner_login_name')),
      scheduleUid: strArg(args.value('@schedule_uid')),
      originatingServer: strArg(args.value('@originating_server')),
    });
    if (!outcome.ok) return 1;
    args.set('@schedule_id', outcome.scheduleId);
    args.set('@schedule_uid', outcome.scheduleUid);
    return 0;
  },
};
