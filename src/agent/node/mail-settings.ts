// The Agent's Database Mail account, read from the node when a notification is due
// (msdb.dbo.sp_msxd_agent_mail_settings): the SMTP server of the first account of the profile
// the Agent's properties name (UseDatabaseMail, DatabaseMailProfile), with the account's
// password. Read at every notification on a short-lived connection of its own, so a DBA's change
// applies to the next mail without restarting the agent (SQL Server's agent needs a restart) and
// the job manager's pool and group commits never wait on it. After a mail went out, the operator's
// sysoperators.last_email_date/time are written the same way (sp_msxd_agent_operator_emailed).
import sql, { type ConnectionPool } from 'mssql';
import { runDate, runTime } from '../history/encodings';
import { AGENT_APP_NAME, mssqlConfig, type NodeCredentials } from './credentials';
import { int, nullableText, text, type Row } from './row-mapping';
import type { NotifyMethod } from '../notify/notify-decision';

export interface DatabaseMailAccount {
  readonly profileName: string;
  readonly accountName: string;
  readonly server: string;
  readonly port: number;
  /** sysmail_server.enable_ssl: STARTTLS required (SQL Server's SmtpClient.EnableSsl) */
  readonly enableSsl: boolean;
  readonly emailAddress: string;
  readonly displayName: string | null;
  readonly replyTo: string | null;
  readonly username: string | null;
  readonly password: string | null;
  /** sysmail_server.timeout in seconds, null = the sender's default */
  readonly timeoutSeconds: number | null;
}

export const AGENT_MAIL_SETTINGS_CALL = 'msdb.dbo.sp_msxd_agent_mail_settings';

export function mailAccount(r: Row): DatabaseMailAccount {
  const timeout = r['timeout'];
  return {
    profileName: text(r, 'profile_name'), accountName: text(r, 'account_name'), server: text(r, 'servername'),
    port: int(r, 'port'), enableSsl: int(r, 'enable_ssl') !== 0, emailAddress: text(r, 'email_address'),
    displayName: nullableText(r, 'display_name'), replyTo: nullableText(r, 'replyto_address'),
    username: nullableText(r, 'username'), password: nullableText(r, 'password'),
    timeoutSeconds: timeout === null || timeout === undefined ? null : int(r, 'timeout'),
  };
}

/** The Agent's mail account, or null when the Agent does not use Database Mail (no row). */
export function readAgentMailAccount(credentials: NodeCredentials): Promise<DatabaseMailAccount | null> {
  return onShortConnection(credentials, async (pool) => {
    const result = await pool.request().execute<Row>(AGENT_MAIL_SETTINGS_CALL);
    const row = result.recordset?.[0];
    return row ? mailAccount(row) : null;
  });
}

/**
 * sysoperators.last_email_date / last_email_time (or last_pager_date / last_pager_time for a page)
 * of an operator the agent notified at `epochMs`.
 */
export function recordOperatorNotified(credentials: NodeCredentials, operatorId: number, epochMs: number, method: NotifyMethod = 'email'): Promise<void> {
  const prefix = method === 'pager' ? 'last_pager' : 'last_email';
  return onShortConnection(credentials, async (pool) => {
    await pool.request()
      .input('operator_id', sql.Int, operatorId)
      .input(`${prefix}_date`, sql.Int, runDate(epochMs))
      .input(`${prefix}_time`, sql.Int, runTime(epochMs))
      .execute('msdb.dbo.sp_msxd_agent_operator_emailed');
  });
}

async function onShortConnection<T>(credentials: NodeCredentials, work: (pool: ConnectionPool) => Promise<T>): Promise<T> {
  const pool = new sql.ConnectionPool(mssqlConfig(credentials, { appName: AGENT_APP_NAME.generic, maxConnections: 1 }));
  pool.on('error', () => undefined);
  try {
    await pool.connect();
    return await work(pool);
  } finally {
    await pool.close().catch(() => undefined);
  }
}
