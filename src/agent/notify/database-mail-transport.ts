// The agent's MailTransport over Database Mail: at each send it asks the node for the account of
// the Agent's profile (node/mail-settings.ts) and sends through that account's SMTP server with
// nodemailer — from "display_name" <email_address>, Reply-To replyto_address, the account's
// user name and password. When the Agent does not use Database Mail the credential file's smtp
// block, if any, is used instead (msxd's older way, kept for tests and simple set-ups); with
// neither the send fails with a reason, which the job execution logs as "could not e-mail
// operator" (operator_id_emailed stays 0). A mail that went out is recorded in the operator's
// sysoperators.last_email_date/time.
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { DatabaseMailAccount } from '../node/mail-settings';
import { smtpTransport, type MailTransport, type SmtpSettings } from './mail-sender';
import type { NotifyMethod, OperatorRow } from './notify-decision';

export const NOT_CONFIGURED = 'SQL Server Agent is not configured to use Database Mail (sp_set_sqlagent_properties @use_databasemail = 1, '
  + '@databasemail_profile naming a profile with an SMTP account)';

export type AccountLookup = () => Promise<DatabaseMailAccount | null>;

export interface DatabaseMailHooks {
  /** the Agent's account (node/mail-settings.ts readAgentMailAccount) */
  readonly lookup: AccountLookup;
  /** writes sysoperators.last_email_date/time, or last_pager_* for a page (node/mail-settings.ts recordOperatorNotified) */
  readonly record?: (operatorId: number, atEpochMs: number, method: NotifyMethod) => Promise<void>;
  /** a failed record is reported here, never thrown: the mail did go out */
  readonly onRecordError?: (e: unknown, operator: OperatorRow) => void;
}

interface OutgoingMail { from: string; to: string; subject: string; text: string }

export class DatabaseMailTransport implements MailTransport {
  constructor(private readonly hooks: DatabaseMailHooks, private readonly fallback: SmtpSettings | null = null) {}

  async delivered(operator: OperatorRow, atEpochMs: number, method: NotifyMethod = 'email'): Promise<void> {
    try {
      await this.hooks.record?.(operator.id, atEpochMs, method);
    } catch (e) {
      this.hooks.onRecordError?.(e, operator);
    }
  }

  async sendMail(mail: OutgoingMail): Promise<unknown> {
    const account = await this.hooks.lookup();
    if (account === null) {
      if (this.fallback === null) throw new Error(NOT_CONFIGURED);
      return smtpTransport(this.fallback).sendMail({ ...mail, from: this.fallback.from });
    }
    const transport = nodemailer.createTransport(accountTransportOptions(account));
    try {
      return await transport.sendMail({
        from: account.displayName ? { name: account.displayName, address: account.emailAddress } : account.emailAddress,
        ...(account.replyTo ? { replyTo: account.replyTo } : {}),
        to: mail.to, subject: mail.subject, text: mail.text,
      });
    } finally {
      transport.close();
    }
  }
}

/**
 * enable_ssl is STARTTLS (required when set), as SQL Server's; port 465 is implicit TLS, which
 * SQL Server's Database Mail cannot do (msxd's extension).
 */
export function accountTransportOptions(a: DatabaseMailAccount): SMTPTransport.Options {
  const timeoutMs = a.timeoutSeconds !== null && a.timeoutSeconds > 0 ? a.timeoutSeconds * 1000 : null;
  return {
    host: a.server,
    port: a.port,
    secure: a.port === 465,
    requireTLS: a.enableSsl && a.port !== 465,
    ...(a.username !== null ? { auth: { user: a.username, pass: a.password ?? '' } } : {}),
    connectionTimeout: timeoutMs ?? 10_000,
    socketTimeout: timeoutMs ?? 30_000,
  };
}
