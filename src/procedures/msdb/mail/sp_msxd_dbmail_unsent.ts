// msxd-only: the node's agent takes Database Mail's queue with it. One result set of at most
// @batch_size unsent items (sysmail_mailitems.sent_status 0, oldest first), each with the SMTP
// server of the first account (by sequence_number, then account_id) of its profile and that
// account's password, the decrypted secret of its credential (as sp_msxd_agent_mail_settings).
// While Database Mail is stopped (sysmail_stop_sp) nothing is returned: the items wait.
// An item whose profile has no SMTP account comes with NULL account columns; the agent marks it
// failed. When nothing is unsent the call is one indexed existence test and no result set.
// sysadmin only (229): it hands out passwords; the agent's login is sysadmin.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { INT } from '../job-support/param-types';
import { ilit, nlit, queryRow, queryRows } from '../shared/index';
import type { TsxHost } from '../tsx/remote-msx';
import { MAIL_STATUS, mailStatus } from './mail-status';

export const DBMAIL_UNSENT_PROCEDURE = 'sp_msxd_dbmail_unsent';
const BATCH_LIMIT = 100;

const TABLE = `DECLARE @items TABLE (mailitem_id int, recipients varchar(max), copy_recipients varchar(max),
  blind_copy_recipients varchar(max), subject nvarchar(255), body nvarchar(max), body_format varchar(20), importance varchar(6),
  sensitivity varchar(12), from_address varchar(max), reply_to varchar(max), account_id int, servername sysname, port int,
  enable_ssl bit, email_address nvarchar(128), display_name nvarchar(128), replyto_address nvarchar(128),
  username nvarchar(128), password nvarchar(4000), timeout int);`;

const ITEM_COLUMNS = ['mailitem_id', 'recipients', 'copy_recipients', 'blind_copy_recipients', 'subject', 'body', 'body_format',
  'importance', 'sensitivity', 'from_address', 'reply_to'] as const;

function lit(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  return typeof v === 'number' ? ilit(v) : typeof v === 'boolean' ? (v ? '1' : '0') : nlit(String(v));
}

export function dbmailUnsentProcedure(host: Pick<TsxHost, 'resolveCredential'>): ProcedureDefinition {
  return {
    name: DBMAIL_UNSENT_PROCEDURE,
    home: 'msdb',
    permission: 'sysadmin',
    parameters: [{ name: '@batch_size', type: INT, default: 10 }],
    async run(ctx, args) {
      if (await mailStatus(ctx) === MAIL_STATUS.stopped) return 0;
      if (!await queryRow(ctx, 'SELECT TOP (1) 1 AS x FROM msdb.dbo.sysmail_mailitems WHERE sent_status = 0')) return 0;
      const size = Math.min(BATCH_LIMIT, Math.max(1, Number(args.value('@batch_size') ?? 10)));
      const items = await queryRows(ctx, `SELECT TOP (${size}) ${ITEM_COLUMNS.join(', ')}, profile_id
FROM msdb.dbo.sysmail_mailitems WHERE sent_status = 0 ORDER BY mailitem_id`);
      const inserts: string[] = [];
      for (const item of items) {
        const a = await queryRow(ctx, `SELECT TOP (1) a.account_id, s.servername, s.port, s.enable_ssl, a.email_address,
  a.display_name, a.replyto_address, s.username, s.timeout, c.name AS credential_name
FROM msdb.dbo.sysmail_profileaccount AS pa
JOIN msdb.dbo.sysmail_account AS a ON a.account_id = pa.account_id
JOIN msdb.dbo.sysmail_server AS s ON s.account_id = a.account_id AND s.servertype = N'SMTP'
LEFT JOIN master.sys.credentials AS c ON c.credential_id = s.credential_id
WHERE pa.profile_id = ${lit(item.profile_id)}
ORDER BY pa.sequence_number, a.account_id`);
        const credential = a?.credential_name === null || a?.credential_name === undefined ? undefined : host.resolveCredential(String(a.credential_name));
        const values = [
          ...ITEM_COLUMNS.map((c) => lit(item[c])),
          lit(a?.account_id), lit(a?.servername), lit(a?.port), lit(a?.enable_ssl), lit(a?.email_address), lit(a?.display_name),
          lit(a?.replyto_address), credential?.identity !== undefined ? nlit(credential.identity) : lit(a?.username),
          nlit(credential?.secret ?? null), lit(a?.timeout),
        ];
        inserts.push(`INSERT INTO @items VALUES (${values.join(', ')});`);
      }
      await ctx.executeSql(`SET NOCOUNT ON;\n${TABLE}\n${inserts.join('\n')}\nSELECT * FROM @items ORDER BY mailitem_id;`);
      return 0;
    },
  };
}
