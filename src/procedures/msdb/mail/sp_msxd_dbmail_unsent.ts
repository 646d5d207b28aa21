// msxd-only: the node's agent takes Database Mail's queue with it. Two result sets when there is
// something to send (none otherwise, after one indexed existence test):
//  1. one row per item and SMTP account of its profile, in the order the agent tries them
//     (sequence_number, then account_id): the item's columns, the account's SMTP server and its
//     password (the decrypted secret of its credential, as sp_msxd_agent_mail_settings); an item
//     whose profile has no SMTP account comes once, with NULL account columns (the agent fails it);
//  2. the items' attachments (sysmail_attachments): mailitem_id, attachment_id, filename, attachment.
// Which items: at most @batch_size (1..100) unsent ones (sent_status 0), oldest first, and also
// those left retrying (3) by an agent that stopped when @include_retrying = 1 (the agent's first
// poll); or the one @mailitem_id if it is unsent or retrying (a retry round). While Database Mail
// is stopped (sysmail_stop_sp) nothing is returned: the items wait.
// sysadmin only (229): it hands out passwords; the agent's login is sysadmin.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { BIT, INT } from '../job-support/param-types';
import { ilit, nlit, queryRow, queryRows, type Row } from '../shared/index';
import type { TsxHost } from '../tsx/remote-msx';
import { MAIL_STATUS, mailStatus } from './mail-status';

export const DBMAIL_UNSENT_PROCEDURE = 'sp_msxd_dbmail_unsent';
const BATCH_LIMIT = 100;

const TABLE = `DECLARE @items TABLE (mailitem_id int, recipients varchar(max), copy_recipients varchar(max),
  blind_copy_recipients varchar(max), subject nvarchar(255), body nvarchar(max), body_format varchar(20), importance varchar(6),
  sensitivity varchar(12), from_address varchar(max), reply_to varchar(max), sequence_number int, account_id int, servername sysname,
  port int, enable_ssl bit, email_address nvarchar(128), display_name nvarchar(128), replyto_address nvarchar(128),
  username nvarchar(128), password nvarchar(4000), timeout int);`;

const ITEM_COLUMNS = ['mailitem_id', 'recipients', 'copy_recipients', 'blind_copy_recipients', 'subject', 'body', 'body_format',
  'importance', 'sensitivity', 'from_address', 'reply_to'] as const;

function lit(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  return typeof v === 'number' ? ilit(v) : typeof v === 'boolean' ? (v ? '1' : '0') : nlit(String(v));
}

function itemFilter(mailitemId: unknown, includeRetrying: boolean): string {
  if (mailitemId !== null && mailitemId !== undefined) return `mailitem_id = ${ilit(Number(mailitemId))} AND sent_status IN (0, 3)`;
  return includeRetrying ? 'sent_status IN (0, 3)' : 'sent_status = 0';
}

export function dbmailUnsentProcedure(host: Pick<TsxHost, 'resolveCredential'>): ProcedureDefinition {
  return {
    name: DBMAIL_UNSENT_PROCEDURE,
    home: 'msdb',
    permission: 'sysadmin',
    parameters: [
      { name: '@batch_size', type: INT, default: 10 },
      { name: '@mailitem_id', type: INT, default: null },
      { name: '@include_retrying', type: BIT, default: false },
    ],
    async run(ctx, args) {
      if (await mailStatus(ctx) === MAIL_STATUS.stopped) return 0;
      const filter = itemFilter(args.value('@mailitem_id'), Number(args.value('@include_retrying') ?? 0) === 1 || args.value('@include_retrying') === true);
      if (!await queryRow(ctx, `SELECT TOP (1) 1 AS x FROM msdb.dbo.sysmail_mailitems WHERE ${filter}`)) return 0;
      const size = Math.min(BATCH_LIMIT, Math.max(1, Number(args.value('@batch_size') ?? 10)));
      const items = await queryRows(ctx, `SELECT TOP (${size}) ${ITEM_COLUMNS.join(', ')}, profile_id
FROM msdb.dbo.sysmail_mailitems WHERE ${filter} ORDER BY mailitem_id`);
      const profiles = [...new Set(items.map((i) => ilit(Number(i.profile_id))))];
      const accounts = await queryRows(ctx, `SELECT pa.profile_id, pa.sequence_number, a.account_id, s.servername, s.port, s.enable_ssl,
  a.email_address, a.display_name, a.replyto_address, s.username, s.timeout, c.name AS credential_name
FROM msdb.dbo.sysmail_profileaccount AS pa
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = pa.account_id
JOIN msdb.dbo.sysmail_server AS s ON s.account_id = a.account_id AND s.servertype = N'SMTP'
LEFT JOIN master.sys.credentials AS c ON c.credential_id = s.credential_id
WHERE pa.profile_id IN (${profiles.join(', ')})
ORDER BY pa.profile_id, pa.sequence_number, a.account_id`);
      const inserts: string[] = [];
      for (const item of items) {
        const mine: (Row | undefined)[] = accounts.filter((a) => a.profile_id === item.profile_id);
        for (const a of mine.length > 0 ? mine : [undefined]) {
          const credential = a?.credential_name === null || a?.credential_name === undefined ? undefined : host.resolveCredential(String(a.credential_name));
          const values = [
            ...ITEM_COLUMNS.map((c) => lit(item[c])),
            lit(a?.sequence_number), lit(a?.account_id), lit(a?.servername), lit(a?.port), lit(a?.enable_ssl), lit(a?.email_address),
            lit(a?.display_name), lit(a?.replyto_address), credential?.identity !== undefined ? nlit(credential.identity) : lit(a?.username),
            nlit(credential?.secret ?? null), lit(a?.timeout),
          ];
          inserts.push(`INSERT INTO @items VALUES (${values.join(', ')});`);
        }
      }
      const ids = items.map((i) => ilit(Number(i.mailitem_id))).join(', ');
      await ctx.executeSql(`SET NOCOUNT ON;\n${TABLE}\n${inserts.join('\n')}
SELECT * FROM @items ORDER BY mailitem_id, sequence_number, account_id;
SELECT mailitem_id, attachment_id, filename, attachment FROM msdb.dbo.sysmail_attachments
WHERE mailitem_id IN (${ids}) ORDER BY mailitem_id, attachment_id;`);
      return 0;
    },
  };
}
