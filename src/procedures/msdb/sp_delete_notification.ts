// sp_delete_notification: an operator is no longer notified of an alert.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-notification-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { changeNotification } from './alert-support/change-notification';
import { SYSNAME } from './job-support/param-types';

export const spDeleteNotification: ProcedureDefinition = {
  name: 'sp_delete_notification',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@alert_name', type: SYSNAME },
    { name: '@operator_name', type: SYSNAME },
  ],
  run: (ctx, args) => changeNotification(ctx, args, { kind: 'delete' }),
};
