// The agent's calls for Database Mail's queue (sp_send_dbmail), on one pooled connection of their
// own so a slow SMTP server never holds the job manager's pool:
//  - msdb.dbo.sp_msxd_dbmail_unsent: the items to send, each with its profile's SMTP accounts in
//    the order to try them and its attachments (two result sets, grouped here by mailitem_id);
//  - msdb.dbo.sp_msxd_dbmail_mark: each attempt (sent, failed, retrying; a failure's log row);
//  - msdb.dbo.sysmail_help_configure_sp: AccountRetryAttempts and AccountRetryDelay, as
//    DatabaseMail.exe reads them from sysmail_configuration.
import sql, { type ConnectionPool } from 'mssql';
import { AGENT_APP_NAME, mssqlConfig, type NodeCredentials } from './credentials';
import { int, nullableText, text, type Row } from './row-mapping';
import { mailAccount, type DatabaseMailAccount } from './mail-settings';

export interface MailAccountToTry {
  readonly accountId: number;
  readonly account: DatabaseMailAccount;
}

export interface MailAttachmentFile {
  readonly filename: string;
  readonly content: Buffer;
}

export interface QueuedMail {
  readonly mailitemId: number;
  readonly recipients: string | null;
  readonly copyRecipients: string | null;
  readonly blindCopyRecipients: string | null;
  readonly subject: string | null;
  readonly body: string | null;
  /** 'TEXT' | 'HTML' (sp_send_dbmail @body_format, upper-cased) */
  readonly bodyFormat: string;
  /** 'LOW' | 'NORMAL' | 'HIGH' */
  readonly importance: string;
  readonly fromAddress: string | null;
  readonly replyTo: string | null;
  /** the profile's SMTP accounts by sequence_number; empty: the profile has none */
  readonly accounts: readonly MailAccountToTry[];
  readonly attachments: readonly MailAttachmentFile[];
}

/** sysmail_mailitems.sent_status an attempt leaves (sp_msxd_dbmail_mark) */
export const MAIL_SENT_STATUS = { sent: 1, failed: 2, retrying: 3 } as const;
export type MailSentStatus = (typeof MAIL_SENT_STATUS)[keyof typeof MAIL_SENT_STATUS];

export interface MailAttempt {
  readonly mailitemId: number;
  readonly status: MailSentStatus;
  readonly accountId: number | null;
  /** a failed attempt's sysmail_event_log text, null after a success */
  readonly description: string | null;
}

/** sysmail_configuration's values the sender honours (raw text, null when absent) */
export interface MailRetrySettings {
  readonly accountRetryAttempts: string | null;
  readonly accountRetryDelay: string | null;
}

export interface UnsentRequest {
  readonly batchSize: number;
  /** one item in a retry round */
  readonly mailitemId?: number;
  /** also items left retrying by an agent that stopped (the first poll) */
  readonly includeRetrying?: boolean;
}

export interface DbmailQueuePorts {
  unsent(request: UnsentRequest): Promise<QueuedMail[]>;
  mark(attempt: MailAttempt): Promise<void>;
  retrySettings(): Promise<MailRetrySettings>;
  close(): Promise<void>;
}

/** the rows of sp_msxd_dbmail_unsent's two result sets as items */
export function queuedMails(itemRows: readonly Row[], attachmentRows: readonly Row[]): QueuedMail[] {
  const items = new Map<number, { item: QueuedMail; accounts: MailAccountToTry[]; attachments: MailAttachmentFile[] }>();
  for (const r of itemRows) {
    const id = int(r, 'mailitem_id');
    let entry = items.get(id);
    if (!entry) {
      const accounts: MailAccountToTry[] = [];
      const attachments: MailAttachmentFile[] = [];
      const item: QueuedMail = {
        mailitemId: id, recipients: nullableText(r, 'recipients'), copyRecipients: nullableText(r, 'copy_recipients'),
        blindCopyRecipients: nullableText(r, 'blind_copy_recipients'), subject: nullableText(r, 'subject'), body: nullableText(r, 'body'),
        bodyFormat: nullableText(r, 'body_format') ?? 'TEXT', importance: nullableText(r, 'importance') ?? 'NORMAL',
        fromAddress: nullableText(r, 'from_address'), replyTo: nullableText(r, 'reply_to'), accounts, attachments,
      };
      entry = { item, accounts, attachments };
      items.set(id, entry);
    }
    if (r['account_id'] !== null && r['account_id'] !== undefined) {
      entry.accounts.push({ accountId: int(r, 'account_id'), account: mailAccount({ ...r, profile_name: '', account_name: '' }) });
    }
  }
  for (const r of attachmentRows) {
    const content = r['attachment'];
    items.get(int(r, 'mailitem_id'))?.attachments.push({ filename: text(r, 'filename'), content: Buffer.isBuffer(content) ? content : Buffer.alloc(0) });
  }
  return [...items.values()].map((e) => e.item);
}

export function mssqlDbmailQueuePorts(credentials: NodeCredentials): DbmailQueuePorts {
  let pool: ConnectionPool | null = null;
  const connected = async (): Promise<ConnectionPool> => {
    if (pool) return pool;
    const p = new sql.ConnectionPool(mssqlConfig(credentials, { appName: AGENT_APP_NAME.generic, maxConnections: 1 }));
    p.on('error', () => undefined);
    await p.connect();
    pool = p;
    return p;
  };
  return {
    async unsent(request) {
      const result = await (await connected()).request().input('batch_size', sql.Int, request.batchSize)
        .input('mailitem_id', sql.Int, request.mailitemId ?? null).input('include_retrying', sql.Bit, request.includeRetrying === true)
        .execute<Row>('msdb.dbo.sp_msxd_dbmail_unsent');
      const sets = (result.recordsets ?? []) as Row[][];
      return queuedMails(sets[0] ?? [], sets[1] ?? []);
    },
    async mark(a) {
      await (await connected()).request()
        .input('mailitem_id', sql.Int, a.mailitemId).input('sent_status', sql.TinyInt, a.status)
        .input('account_id', sql.Int, a.accountId).input('description', sql.NVarChar(sql.MAX), a.description)
        .execute('msdb.dbo.sp_msxd_dbmail_mark');
    },
    async retrySettings() {
      const result = await (await connected()).request().execute<Row>('msdb.dbo.sysmail_help_configure_sp');
      const value = (name: string): string | null => {
        const row = (result.recordset ?? []).find((r) => r['paramname'] === name);
        return row ? nullableText(row, 'paramvalue') : null;
      };
      return { accountRetryAttempts: value('AccountRetryAttempts'), accountRetryDelay: value('AccountRetryDelay') };
    },
    async close() {
      const p = pool;
      pool = null;
      await p?.close().catch(() => undefined);
    },
  };
}
