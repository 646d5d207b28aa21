// sp_update_notification: how an operator is notified of an alert (1 e-mail, 2 pager, 4 net send).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-notification-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { changeNotification } from './alert-support/change-notification';
import { SYSNAME, TINYINT } from './job-support/param-types';

export const spUpdateNotification: ProcedureDefinition = {
  name: 'sp_update_notification',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@alert_name', type: SYSNAME },
    { name: '@operator_name', type: SYSNAME },
    { name: '@notification_method', type: TINYINT },
  ],
  run: (ctx, args) => changeNotification(ctx, args, { kind: 'update', method: Number(args.value('@notification_method') ?? 0) }),
};
