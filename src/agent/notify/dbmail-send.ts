// One attempt to send a queued Database Mail item through one account of its profile, with
// nodemailer: To/Cc/Bcc split at ';', @body_format HTML as an HTML body, @importance as the
// priority headers, @from_address / @reply_to over the account's, the item's attachments
// (sysmail_attachments) as MIME attachments. A failure becomes the sysmail_event_log text
// DatabaseMail.exe writes.
import nodemailer from 'nodemailer';
import type { MailAccountToTry, QueuedMail } from '../node/dbmail-queue-client';
import { accountTransportOptions } from './database-mail-transport';

/** sysmail_event_log.description of a failed send, worded as DatabaseMail.exe's */
export function failureDescription(accountId: number, atIso: string, error: string): string {
  return `The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account ${accountId} (${atIso}). Exception Message: ${error})`;
}

/** sp_send_dbmail's address lists are separated by semicolons */
export function addressList(v: string | null): string[] {
  return (v ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '');
}

const PRIORITY = { LOW: 'low', NORMAL: 'normal', HIGH: 'high' } as const;

/** null when the account's server took the mail, else the failure's event-log text */
export async function sendThroughAccount(item: QueuedMail, to: MailAccountToTry, now: () => Date = () => new Date()): Promise<string | null> {
  const account = to.account;
  const transport = nodemailer.createTransport(accountTransportOptions(account));
  try {
    const from = item.fromAddress ?? (account.displayName ? { name: account.displayName, address: account.emailAddress } : account.emailAddress);
    const replyTo = item.replyTo ?? account.replyTo;
    const body = item.body ?? '';
    await transport.sendMail({
      from, ...(replyTo ? { replyTo } : {}),
      to: addressList(item.recipients), cc: addressList(item.copyRecipients), bcc: addressList(item.blindCopyRecipients),
      subject: item.subject ?? '',
      ...(item.bodyFormat === 'HTML' ? { html: body } : { text: body }),
      priority: PRIORITY[item.importance as keyof typeof PRIORITY] ?? 'normal',
      attachments: item.attachments.map((a) => ({ filename: a.filename, content: a.content })),
    });
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return failureDescription(to.accountId, now().toISOString(), message);
  } finally {
    transport.close();
  }
}
