// Sends notification mail through the node's SMTP server. The transport is injected (a
// nodemailer transport in production, anything with sendMail in tests) so the decision and
// the wire stay separate; a failed send is reported, never thrown into the agent loop.
import nodemailer from 'nodemailer';
import type { MailContent } from './job-mail';
import { addressFor, type NotifyMethod, type OperatorRow } from './notify-decision';

export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  /**
   * called once the SMTP server took a mail for `operator` (records sysoperators.last_email_*, or
   * last_pager_* for a page); never throws
   */
  delivered?(operator: OperatorRow, atEpochMs: number, method?: NotifyMethod): Promise<void>;
}

/** SMTP settings configured for the node. */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** true: TLS from the first byte (465); false: plain, upgraded by STARTTLS when offered. */
  readonly secure: boolean;
  readonly from: string;
  readonly user?: string;
  readonly password?: string;
}

export function smtpTransport(s: SmtpSettings): MailTransport {
  return nodemailer.createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    ...(s.user !== undefined ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

export interface SendOutcome {
  readonly operator: OperatorRow;
  readonly sent: boolean;
  readonly error: string | null;
}

export async function sendToOperators(
  transport: MailTransport, from: string, operators: readonly OperatorRow[], mail: MailContent, method: NotifyMethod = 'email',
): Promise<SendOutcome[]> {
  const out: SendOutcome[] = [];
  for (const operator of operators) {
    try {
      await transport.sendMail({ from, to: addressFor(operator, method), subject: mail.subject, text: mail.text });
      await transport.delivered?.(operator, Date.now(), method);
      out.push({ operator, sent: true, error: null });
    } catch (e) {
      out.push({ operator, sent: false, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
