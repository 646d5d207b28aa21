// The agent's calls for Database Mail's queue (sp_send_dbmail): the unsent items with their
// profile's account (msdb.dbo.sp_msxd_dbmail_unsent) and each item's outcome
// (msdb.dbo.sp_msxd_dbmail_mark), on one pooled connection of their own so a slow SMTP server
// never holds the job manager's pool.
import sql, { type ConnectionPool } from 'mssql';
import { AGENT_APP_NAME, mssqlConfig, type NodeCredentials } from './credentials';
import { int, nullableText, type Row } from './row-mapping';
import { mailAccount, type DatabaseMailAccount } from './mail-settings';

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
  readonly accountId: number | null;
  /** null: the profile has no SMTP account */
  readonly account: DatabaseMailAccount | null;
}

export interface MailOutcome {
  readonly mailitemId: number;
  readonly sent: boolean;
  readonly accountId: number | null;
  readonly description: string | null;
}

export interface DbmailQueuePorts {
  unsent(batchSize: number): Promise<QueuedMail[]>;
  mark(outcome: MailOutcome): Promise<void>;
  close(): Promise<void>;
}

function queuedMail(r: Row): QueuedMail {
  const hasAccount = r['account_id'] !== null && r['account_id'] !== undefined;
  return {
    mailitemId: int(r, 'mailitem_id'), recipients: nullableText(r, 'recipients'), copyRecipients: nullableText(r, 'copy_recipients'),
    blindCopyRecipients: nullableText(r, 'blind_copy_recipients'), subject: nullableText(r, 'subject'), body: nullableText(r, 'body'),
    bodyFormat: nullableText(r, 'body_format') ?? 'TEXT', importance: nullableText(r, 'importance') ?? 'NORMAL',
    fromAddress: nullableText(r, 'from_address'), replyTo: nullableText(r, 'reply_to'),
    accountId: hasAccount ? int(r, 'account_id') : null,
    account: hasAccount ? mailAccount({ ...r, profile_name: '', account_name: '' }) : null,
  };
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
    async unsent(batchSize) {
      const result = await (await connected()).request().input('batch_size', sql.Int, batchSize)
        .execute<Row>('msdb.dbo.sp_msxd_dbmail_unsent');
      return (result.recordset ?? []).map(queuedMail);
    },
    async mark(o) {
      await (await connected()).request()
        .input('mailitem_id', sql.Int, o.mailitemId).input('sent', sql.Bit, o.sent)
        .input('account_id', sql.Int, o.accountId).input('description', sql.NVarChar(sql.MAX), o.description)
        .execute('msdb.dbo.sp_msxd_dbmail_mark');
    },
    async close() {
      const p = pool;
      pool = null;
      await p?.close().catch(() => undefined);
    },
  };
}
