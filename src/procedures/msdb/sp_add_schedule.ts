// sp_add_schedule: creates a schedule (not yet attached to any job). Validation as
// sp_verify_schedule (14266, 14278, 14288, 14295), owner rules (14366, 14262), @originating_server
// (14370). Returns the new id and uid through the OUTPUT parameters.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { addSchedule } from './schedule-support/add-schedule';
import { requireAgentUser } from './schedule-support/agent-roles';
import { guidOutput, intArg, intOutput, intParam, strArg, sysnameParam, tinyintParam } from './schedule-support/params';

export const spAddSchedule: ProcedureDefinition = {
  name: 'sp_add_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    sysnameParam('@schedule_name'),
    tinyintParam('@enabled', 1),
    intParam('@freq_type', 0),
    intParam('@freq_interval', 0),
    intParam('@freq_subday_type', 0),
    intParam('@freq_subday_interval', 0),
    intParam('@freq_relative_interval', 0),
    intParam('@freq_recurrence_factor', 0),
    intParam('@active_start_date', null),
    intParam('@active_end_date', 99991231),
    intParam('@active_start_time', 0),
    intParam('@active_end_time', 235959),
    sysnameParam('@owner_login_name', null),
    guidOutput('@schedule_uid'),
    intOutput('@schedule_id'),
    sysnameParam('@originating_server', null),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_add_schedule');
    const i = (n: string): number => intArg(args.value(n)) ?? 0;
    const outcome = await addSchedule(ctx, roles, 'sp_add_schedule', {
      name: strArg(args.value('@schedule_name')),
      enabled: i('@enabled'), freqType: i('@freq_type'), freqInterval: i('@freq_interval'),
      freqSubdayType: i('@freq_subday_type'), freqSubdayInterval: i('@freq_subday_interval'),
      freqRelativeInterval: i('@freq_relative_interval'), freqRecurrenceFactor: i('@freq_recurrence_factor'),
      activeStartDate: intArg(args.value('@active_start_date')), activeEndDate: i('@active_end_date'),
      activeStartTime: i('@active_start_time'), activeEndTime: i('@active_end_time'),
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
