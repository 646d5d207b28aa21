// sysmail_delete_log_sp (sysmail_delete_log_sp (Transact-SQL)); as SQL Server's body: @event_type
// trimmed, '' = NULL, not success/warning/error/informational → 14266; both arguments NULL delete
// the whole log (no 14608 here, unlike sysmail_delete_mailitems_sp). sysadmin only (229).
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { DATETIME, varchar } from '../job-support/param-types';
import { dlit, execSql, raise } from '../shared/index';
import { MAIL_EVENT_TYPE } from './sp_msxd_dbmail_mark';

/** @event_type's words (sysmail_event_log shows 'information' for 1, the procedure takes 'informational') */
const EVENT_TYPE_ARG = {
  success: MAIL_EVENT_TYPE.success,
  informational: MAIL_EVENT_TYPE.information,
  warning: MAIL_EVENT_TYPE.warning,
  error: MAIL_EVENT_TYPE.error,
} as const;

function eventTypeCode(s: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPE_ARG, s) ? EVENT_TYPE_ARG[s as keyof typeof EVENT_TYPE_ARG] : undefined;
}

export const sysmailDeleteLogSp: ProcedureDefinition = {
  name: 'sysmail_delete_log_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@logged_before', type: DATETIME, default: null },
    { name: '@event_type', type: varchar(15), default: null },
  ],
  async run(ctx, args) {
    const before = args.value('@logged_before');
    const raw = args.value('@event_type');
    const type = raw === null ? null : String(raw).trim().toLowerCase() || null;
    const code = type === null ? null : eventTypeCode(type);
    if (code === undefined) return raise(ctx, 14266, '@event_type', 'success, warning, error, informational');
    const where = [before === null ? '' : `log_date < ${dlit(before)}`, code === null ? '' : `event_type = ${code}`]
      .filter((c) => c !== '');
    const ok = await execSql(ctx, `DELETE FROM msdb.dbo.sysmail_log${where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`};`);
    return ok ? 0 : 1;
  },
};
