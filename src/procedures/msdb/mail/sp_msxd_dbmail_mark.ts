// msxd-only: the node's agent records an attempt to send one queued e-mail (sp_send_dbmail):
// @sent_status 1 sent, 2 failed (the last attempt failed), 3 retrying (an attempt failed and the
// agent will try the profile's next account or a next round). A failed attempt's @description
// becomes an error row of sysmail_log (sysmail_event_log), with the item and the account tried.
// sent_date and sent_account_id are written with the outcome (1 or 2): the attempt's time and
// account, as SQL Server's Database Mail external program writes them (sysmail_allitems).
// sysadmin only (229); the agent's login is sysadmin.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT, TINYINT, nvarchar } from '../job-support/param-types';
import { execSql, ilit, nlit } from '../shared/index';

/** sysmail_mailitems.sent_status and sysmail_log.event_type (sysmail_allitems, sysmail_event_log) */
export const SENT_STATUS = { unsent: 0, sent: 1, failed: 2, retrying: 3 } as const;
export const MAIL_EVENT_TYPE = { success: 0, information: 1, warning: 2, error: 3 } as const;

export const spMsxdDbmailMark: ProcedureDefinition = {
  name: 'sp_msxd_dbmail_mark',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@mailitem_id', type: INT },
    { name: '@sent_status', type: TINYINT },
    { name: '@account_id', type: INT, default: null },
    { name: '@description', type: nvarchar('max'), default: null },
  ],
  async run(ctx, args) {
    const id = ilit(args.value('@mailitem_id'));
    const account = ilit(args.value('@account_id'));
    const status = Number(args.value('@sent_status'));
    if (status !== SENT_STATUS.sent && status !== SENT_STATUS.failed && status !== SENT_STATUS.retrying) return 1;
    const outcome = status === SENT_STATUS.retrying ? '' : `sent_date = GETDATE(), sent_account_id = ${account}, `;
    const statements = [`UPDATE msdb.dbo.sysmail_mailitems SET sent_status = ${status}, ${outcome}
  last_mod_date = GETDATE(), last_mod_user = SUSER_SNAME() WHERE mailitem_id = ${id};`];
    if (args.value('@description') !== null) {
      statements.push(`INSERT INTO msdb.dbo.sysmail_log (event_type, description, process_id, mailitem_id, account_id)
VALUES (${MAIL_EVENT_TYPE.error}, ${nlit(args.value('@description'))}, @@SPID, ${id}, ${account});`);
    }
    return await execSql(ctx, statements, true) ? 0 : 1;
  },
};
