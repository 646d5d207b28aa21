// sysmail_delete_mailitems_sp (sysmail_delete_mailitems_sp (Transact-SQL)); checks in the order of
// SQL Server's body (instmsdb.sql): @sent_status trimmed, '' = NULL, not unsent/sent/failed/retrying
// → 14266; neither argument → 14608; deletes the items requested before @sent_before with that
// status, then logs 14665 ("Mail items deletion is initiated by user ...") as an informational
// sysmail_log row, as sysmail_logmailevent_sp. sysadmin only (229): SQL Server also lets
// DatabaseMailUserRole members delete their own items.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { sqlError } from '../../../errors/catalog';
import { DATETIME, varchar } from '../job-support/param-types';
import { dlit, execSql, nlit, queryRow, raise } from '../shared/index';
import { MAIL_EVENT_TYPE, SENT_STATUS } from './sp_msxd_dbmail_mark';

function sentStatusCode(s: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(SENT_STATUS, s) ? SENT_STATUS[s as keyof typeof SENT_STATUS] : undefined;
}

export const sysmailDeleteMailitemsSp: ProcedureDefinition = {
  name: 'sysmail_delete_mailitems_sp',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@sent_before', type: DATETIME, default: null },
    { name: '@sent_status', type: varchar(8), default: null },
  ],
  async run(ctx, args) {
    const before = args.value('@sent_before');
    const raw = args.value('@sent_status');
    const status = raw === null ? null : String(raw).trim().toLowerCase() || null;
    const code = status === null ? null : sentStatusCode(status);
    if (code === undefined) return raise(ctx, 14266, '@sent_status', 'unsent, sent, failed, retrying');
    if (before === null && code === null) return raise(ctx, 14608, '@sent_before', '@sent_status');
    const where = [before === null ? '' : `send_request_date < ${dlit(before)}`, code === null ? '' : `sent_status = ${code}`]
      .filter((c) => c !== '').join(' AND ');
    const r = await queryRow(ctx, `SELECT COUNT(*) AS n FROM msdb.dbo.sysmail_mailitems WHERE ${where}`);
    const deleted = Number(r?.n ?? 0);
    const text = sqlError(14665, ctx.loginName, deleted).message;
    // SQL Server's sysmail_attachments references the items ON DELETE CASCADE; 0015 has no foreign key
    const ok = await execSql(ctx, [
      `DELETE FROM msdb.dbo.sysmail_attachments WHERE mailitem_id IN (SELECT mailitem_id FROM msdb.dbo.sysmail_mailitems WHERE ${where});`,
      `DELETE FROM msdb.dbo.sysmail_mailitems WHERE ${where};`,
      `INSERT INTO msdb.dbo.sysmail_log (event_type, description, process_id) VALUES (${MAIL_EVENT_TYPE.information}, ${nlit(text)}, @@SPID);`,
    ], true);
    return ok ? 0 : 1;
  },
};
