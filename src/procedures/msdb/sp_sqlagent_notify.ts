// sp_sqlagent_notify: tells the node's agent that something changed or must be done. SQL Server
// hands the request to its agent through xp_sqlagent_notify; msxd queues it for
// sp_sqlagent_fetch_notifications. Sysadmin only (14260); an unknown @op_type is 14266; with
// @error_flag = 1 and no agent session, 22022 "SQLServerAgent is not currently running ...".
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { agentRefusal, agentSession } from './schedule-support/agent-state';
import { queueNotification } from './schedule-support/notify-queue';
import { guidParam, intArg, intParam, ncharParam, nvarcharParam, strArg } from './schedule-support/params';

const OP_TYPES = ['J', 'S', 'A', 'G', 'D', 'P', 'O', 'T', 'M', 'L'];

export const spSqlagentNotify: ProcedureDefinition = {
  name: 'sp_sqlagent_notify',
  home: 'msdb',
  permission: 'public',
  parameters: [
    ncharParam('@op_type', 1),
    guidParam('@job_id', null),
    intParam('@schedule_id', null),
    intParam('@alert_id', null),
    ncharParam('@action_type', 1, null),
    intParam('@error_flag', 1),
    nvarcharParam('@wmi_namespace', 128, null),
    nvarcharParam('@wmi_query', 512, null),
  ],
  async run(ctx, args) {
    if (!ctx.isSysadmin) return raise(ctx, 14260);
    const op = (strArg(args.value('@op_type')) ?? '').trim().toUpperCase();
    if (!OP_TYPES.includes(op)) return raise(ctx, 14266, '@op_type', OP_TYPES.join(', '));
    if (await agentSession(ctx) === undefined) {
      return intArg(args.value('@error_flag')) === 1 ? agentRefusal(ctx, 'agentNotRunning') : 1;
    }
    await queueNotification(ctx, {
      opType: op,
      actionType: strArg(args.value('@action_type'))?.trim().toUpperCase() || null,
      jobId: strArg(args.value('@job_id')),
      scheduleId: intArg(args.value('@schedule_id')),
      alertId: intArg(args.value('@alert_id')),
    });
    return 0;
  },
};
