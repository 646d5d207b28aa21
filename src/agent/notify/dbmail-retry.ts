// How DatabaseMail.exe goes through a profile: each round tries the profile's accounts in
// sequence_number order until one takes the mail; when all fail, the item is left retrying and a
// new round starts AccountRetryDelay seconds later, up to AccountRetryAttempts more rounds; then it
// is failed ("sysmail_configure_sp (Transact-SQL)": AccountRetryAttempts, "the number of times
// the external mail process attempts to send the e-mail message using each account in the
// specified profile"; AccountRetryDelay, "the amount of time, in seconds, for the external mail
// process to wait between attempts"). Values are read as instmsdb.sql's dbo.ConvertToInt reads
// them (not an integer: the default); msxd bounds them (at most 100 retry rounds, a day's delay)
// so a mistyped value cannot keep an item for ever.
import type { MailRetrySettings } from '../node/dbmail-queue-client';

export interface RetryPolicy {
  /** rounds after the first */
  readonly retryRounds: number;
  readonly delayMs: number;
}

export const RETRY_BOUNDS = { rounds: 100, delaySeconds: 86_400 } as const;
/** SQL Server's installed values (sysmail_configuration) */
export const RETRY_DEFAULTS = { attempts: 1, delaySeconds: 60 } as const;

function integer(value: string | null, fallback: number): number {
  const text = (value ?? '').trim();
  return /^[+-]?\d+$/.test(text) ? Number(text) : fallback;
}

export function retryPolicy(s: MailRetrySettings): RetryPolicy {
  const rounds = Math.min(RETRY_BOUNDS.rounds, Math.max(0, integer(s.accountRetryAttempts, RETRY_DEFAULTS.attempts)));
  const delay = Math.min(RETRY_BOUNDS.delaySeconds, Math.max(0, integer(s.accountRetryDelay, RETRY_DEFAULTS.delaySeconds)));
  return { retryRounds: rounds, delayMs: delay * 1000 };
}
