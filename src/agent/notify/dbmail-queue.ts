// Database Mail's sender, as SQL Server's external program DatabaseMail.exe: takes the items
// sp_send_dbmail queued (sysmail_mailitems, sent_status 0), sends each through the first SMTP
// account of its profile with nodemailer, and records it sent or failed. It drains the queue at
// start, then when woken — sp_send_dbmail queues an (M, Q) agent notification, which the agent's
// one-second tick already fetches — and, as a safety net, every `fallbackMs` (a poll with nothing
// unsent is one call that returns no result set). A full batch is followed at once by the next. No retry
// (SQL Server's AccountRetryAttempts default is 1 attempt per account); only the profile's first
// account is tried.
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { DbmailQueuePorts, MailOutcome, QueuedMail } from '../node/dbmail-queue-client';
import { accountTransportOptions } from './database-mail-transport';

export const DBMAIL_BATCH_SIZE = 10;
const NO_ACCOUNT = 'The mail could not be sent because the profile has no SMTP account.';

/** sysmail_event_log.description of a failed send, worded as DatabaseMail.exe's */
export function failureDescription(accountId: number, atIso: string, error: string): string {
  return `The mail could not be sent to the recipients because of the mail server failure. (Sending Mail using Account ${accountId} (${atIso}). Exception Message: ${error})`;
}

/** sp_send_dbmail's address lists are separated by semicolons */
export function addressList(v: string | null): string[] {
  return (v ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '');
}

const PRIORITY = { LOW: 'low', NORMAL: 'normal', HIGH: 'high' } as const;

export async function sendQueuedMail(item: QueuedMail): Promise<MailOutcome> {
  const account = item.account;
  if (account === null || item.accountId === null) return { mailitemId: item.mailitemId, sent: false, accountId: null, description: NO_ACCOUNT };
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
    });
    return { mailitemId: item.mailitemId, sent: true, accountId: item.accountId, description: null };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { mailitemId: item.mailitemId, sent: false, accountId: item.accountId, description: failureDescription(item.accountId, new Date().toISOString(), message) };
  } finally {
    transport.close();
  }
}

export class DbmailQueue {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly ports: DbmailQueuePorts, private readonly log: Logger, private readonly fallbackMs = 60_000) {}

  start(): void {
    this.schedule(0);
  }

  /** an item was queued: drain now, or right after the drain in progress */
  wake(): void {
    if (this.running) { this.again = true; return; }
    if (this.timer) clearTimeout(this.timer);
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.ports.close();
  }

  /** one poll: sends batches until one is not full */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const items = await this.ports.unsent(DBMAIL_BATCH_SIZE);
      for (const item of items) {
        const outcome = await sendQueuedMail(item);
        if (!outcome.sent) this.log.warn({ mailitemId: item.mailitemId, description: outcome.description }, 'agent: Database Mail item failed');
        await this.ports.mark(outcome);
        sent += 1;
      }
      if (items.length < DBMAIL_BATCH_SIZE || this.stopped) return sent;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain().then(() => undefined, (err: unknown) => this.log.warn({ err }, 'agent: Database Mail queue poll failed'))
        .finally(() => {
          this.running = null;
          const again = this.again;
          this.again = false;
          this.schedule(again ? 0 : this.fallbackMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}
