// Database Mail's sender, as SQL Server's external program DatabaseMail.exe: takes the items
// sp_send_dbmail queued (sysmail_mailitems, sent_status 0) and sends each through its profile's
// accounts (dbmail-send.ts), in rounds with retries (dbmail-retry.ts), recording every attempt
// (sp_msxd_dbmail_mark: sent, failed, or retrying with an error row per failed account).
// It drains the queue at start (then also taking items a stopped agent left retrying), when woken
// — sp_send_dbmail queues an (M, Q) agent notification, which the agent's one-second tick already
// fetches — and, as a safety net, every `fallbackMs` (a poll with nothing unsent is one call that
// returns no result set). A full batch is followed at once by the next. An item waiting for its
// next round is kept in memory with the time it is due; the drain is woken for it, and other
// items are sent meanwhile.
import type { Logger } from 'pino';
import { MAIL_SENT_STATUS, type DbmailQueuePorts, type QueuedMail } from '../node/dbmail-queue-client';
import { sendThroughAccount } from './dbmail-send';
import { retryPolicy, type RetryPolicy } from './dbmail-retry';

export const DBMAIL_BATCH_SIZE = 10;
const NO_ACCOUNT = 'The mail could not be sent because the profile has no SMTP account.';

interface PendingRetry {
  readonly round: number;
  readonly dueAt: number;
}

export class DbmailQueue {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private started = false;
  private readonly retries = new Map<number, PendingRetry>();

  constructor(private readonly ports: DbmailQueuePorts, private readonly log: Logger, private readonly fallbackMs = 60_000,
    private readonly now: () => number = Date.now) {}

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

  /** one poll: the retry rounds that are due, then batches until one is not full; the items tried */
  async drain(): Promise<number> {
    let policy: RetryPolicy | null = null;
    const policyNow = async (): Promise<RetryPolicy> => (policy ??= retryPolicy(await this.ports.retrySettings()));
    let tried = 0;
    for (const [id, pending] of [...this.retries]) {
      if (pending.dueAt > this.now() || this.stopped) continue;
      this.retries.delete(id);
      const [item] = await this.ports.unsent({ batchSize: 1, mailitemId: id });
      if (item) await this.round(item, pending.round, await policyNow());
      tried += 1;
    }
    let includeRetrying = !this.started;
    this.started = true;
    for (;;) {
      const items = await this.ports.unsent({ batchSize: DBMAIL_BATCH_SIZE, includeRetrying });
      includeRetrying = false;
      for (const item of items) {
        if (this.retries.has(item.mailitemId)) continue;
        await this.round(item, 0, await policyNow());
        tried += 1;
      }
      if (items.length < DBMAIL_BATCH_SIZE || this.stopped) return tried;
    }
  }

  /** one round over the item's accounts; a failed round leaves it retrying or failed */
  private async round(item: QueuedMail, round: number, policy: RetryPolicy): Promise<void> {
    if (item.accounts.length === 0) {
      await this.ports.mark({ mailitemId: item.mailitemId, status: MAIL_SENT_STATUS.failed, accountId: null, description: NO_ACCOUNT });
      return;
    }
    const lastRound = round >= policy.retryRounds;
    for (const [i, to] of item.accounts.entries()) {
      const failure = await sendThroughAccount(item, to);
      if (failure === null) {
        await this.ports.mark({ mailitemId: item.mailitemId, status: MAIL_SENT_STATUS.sent, accountId: to.accountId, description: null });
        return;
      }
      const final = lastRound && i === item.accounts.length - 1;
      this.log.warn({ mailitemId: item.mailitemId, accountId: to.accountId, round, final, description: failure }, 'agent: Database Mail attempt failed');
      await this.ports.mark({ mailitemId: item.mailitemId, status: final ? MAIL_SENT_STATUS.failed : MAIL_SENT_STATUS.retrying,
        accountId: to.accountId, description: failure });
    }
    if (!lastRound) this.retries.set(item.mailitemId, { round: round + 1, dueAt: this.now() + policy.delayMs });
  }

  private nextDelay(): number {
    let delay = this.fallbackMs;
    for (const r of this.retries.values()) delay = Math.min(delay, Math.max(0, r.dueAt - this.now()));
    return delay;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain().then(() => undefined, (err: unknown) => this.log.warn({ err }, 'agent: Database Mail queue poll failed'))
        .finally(() => {
          this.running = null;
          const again = this.again;
          this.again = false;
          this.schedule(again ? 0 : this.nextDelay());
        });
    }, delayMs);
    this.timer.unref();
  }
}
