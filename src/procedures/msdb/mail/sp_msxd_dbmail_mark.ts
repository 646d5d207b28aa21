// msxd-only: the node's agent records the outcome of one queued e-mail (sp_send_dbmail): sent
// (sent_status 1) or failed (2, with an error row in sysmail_log, shown by sysmail_event_log).
// sent_date is the attempt's time in both cases and sent_account_id the account tried, as SQL
// Server's Database Mail external program writes them (sysmail_allitems (Transact-SQL)).
// sysadmin only (229); the agent's login is sysadmin.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { BIT, INT, nvarchar } from '../job-support/param-types';
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
    { name: '@sent', type: BIT },
    { name: '@account_id', type: INT, default: null },
    { name: '@description', type: nvarchar('max'), default: null },
  ],
  async run(ctx, args) {
    const id = ilit(args.value('@mailitem_id'));
    const account = ilit(args.value('@account_id'));
    const sent = args.value('@sent') === true || Number(args.value('@sent')) === 1;
    const status = sent ? SENT_STATUS.sent : SENT_STATUS.failed;
    const statements = [`UPDATE msdb.dbo.sysmail_mailitems SET sent_status = ${status}, sent_date = GETDATE(), sent_account_id = ${account},
  last_mod_date = GETDATE(), last_mod_user = SUSER_SNAME() WHERE mailitem_id = ${id};`];
    if (!sent) {
      statements.push(`INSERT INTO msdb.dbo.sysmail_log (event_type, description, process_id, mailitem_id, account_id)
VALUES (${MAIL_EVENT_TYPE.error}, ${nlit(args.value('@description'))}, @@SPID, ${id}, ${account});`);
    }
    return await execSql(ctx, statements, true) ? 0 : 1;
  },
};
