// msxd: the in-process wake-up behind sp_msxd_wait_for_instructions. A waiting target's session
// parks here (no thread, no polling: a promise, one timer and one abort listener) until something
// posts instructions for it, a sysadmin forces a poll (sp_msxd_force_poll), the timeout passes, or
// the session is cancelled (ATTENTION) or disconnected. One notifier per node (see
// node-instruction-notifier.ts): several nodes can live in one process.
//
// Epochs close the gap between a waiter's count and its wait: a post that lands while the count
// runs changes the target's epoch, and a wait begun with the older epoch ends at once. They also
// let a target that was counted empty skip the count at its next call while nothing was posted
// for it (knownEmpty), which is most calls of an idle target.
import type { QueryResult } from '../../../engine/procedure-registry';
import { ExpiringSet } from './expiring-set';
import { TickBatch } from './tick-batch';

/** a target's pending rows read for it: the result set the waiting connection hands over */
export type Delivery = QueryResult;

/** one acknowledgement of delivered rows (identity keys: each call joins with its own) */
export interface Acknowledgement {
  readonly target: string;
  readonly instanceIds: readonly number[];
}

/** why a wait ended */
export const WAKE_REASON = { posted: 'posted', forced: 'forced', timeout: 'timeout', aborted: 'aborted' } as const;
export type WakeReason = (typeof WAKE_REASON)[keyof typeof WAKE_REASON];

interface Waiter {
  readonly target: string;
  settle(reason: WakeReason): void;
}

/** target names are compared as systargetservers stores them: upper-cased */
const key = (target: string): string => target.trim().toUpperCase();
/** how targets are keyed here (and stored in systargetservers): trimmed, upper-cased */
export const targetKey = key;

/** acknowledgements come one connection at a time, each followed by a wait: a commit per 5 ms at most */
const ACKNOWLEDGE_GATHER_MS = 5;

/** how long a caller that passed the procedure's guard is trusted without running it again */
const VERIFIED_CALLER_MS = 60_000;

export class InstructionNotifier {
  private readonly byTarget = new Map<string, Set<Waiter>>();
  private count = 0;
  private readonly epochs = new Map<string, number>();
  private allEpoch = 0;
  private readonly empty = new Map<string, { readonly epoch: number; readonly at: number }>();
  private readonly delivered = new Map<string, { readonly epoch: number; readonly last: number; readonly ids: readonly number[] }>();
  /** callers (session, login, target) that passed sp_msxd_wait_for_instructions' guard lately */
  readonly verifiedCallers = new ExpiringSet(VERIFIED_CALLER_MS);
  /** the pending rows of the targets woken by one post, read once for all of them */
  readonly deliveries = new TickBatch<string, Delivery>();
  /** acknowledgements arriving within a few milliseconds, written by one statement and one commit */
  readonly acknowledgements = new TickBatch<Acknowledgement, true>(ACKNOWLEDGE_GATHER_MS);

  /** changes whenever instructions are posted for `target` (or for every target) */
  epoch(target: string): number {
    return this.allEpoch + (this.epochs.get(key(target)) ?? 0);
  }

  /** the target had nothing to download at `epoch` (read before the count) */
  noteEmpty(target: string, epoch: number, now = Date.now()): void {
    this.empty.set(key(target), { epoch, at: now });
  }

  /**
   * The waiting connection handed the target every pending row up to instance_id `last`, counted
   * at `epoch`: when its next call acknowledges through `last` and nothing was posted since, the
   * target is known empty without a count (acknowledged()).
   */
  noteDelivered(target: string, epoch: number, last: number, ids: readonly number[] = []): void {
    this.delivered.set(key(target), { epoch, last, ids });
  }

  /**
   * The rows handed to the target up to instance_id `through`, when this notifier handed them
   * all (undefined: it does not know them, e.g. after a restart of the node).
   */
  deliveredThrough(target: string, through: number): readonly number[] | undefined {
    const d = this.delivered.get(key(target));
    if (d === undefined || through > d.last || d.ids.length === 0) return undefined;
    return d.ids.filter((id) => id <= through);
  }

  /** the target acknowledged (marked downloaded) its rows through instance_id `through` */
  acknowledged(target: string, through: number, now = Date.now()): void {
    const k = key(target);
    const d = this.delivered.get(k);
    this.delivered.delete(k);
    if (d !== undefined && through >= d.last && d.epoch === this.epoch(target)) this.noteEmpty(target, d.epoch, now);
  }

  /** counted empty within `maxAgeMs` and nothing posted for it since */
  knownEmpty(target: string, maxAgeMs: number, now = Date.now()): boolean {
    const e = this.empty.get(key(target));
    return e !== undefined && e.epoch === this.epoch(target) && now - e.at < maxAgeMs;
  }

  /**
   * Waits for a wake of `target`. `signal` is the request's (TDS reuses one AbortSignal for the
   * session's requests until it fires, so the listener is always removed when the wait ends).
   */
  wait(target: string, timeoutMs: number, signal?: AbortSignal, sinceEpoch?: number): Promise<WakeReason> {
    if (signal?.aborted) return Promise.resolve(WAKE_REASON.aborted);
    if (sinceEpoch !== undefined && sinceEpoch !== this.epoch(target)) return Promise.resolve(WAKE_REASON.posted);
    if (timeoutMs <= 0) return Promise.resolve(WAKE_REASON.timeout);
    const k = key(target);
    return new Promise<WakeReason>((resolve) => {
      let set = this.byTarget.get(k);
      if (!set) this.byTarget.set(k, (set = new Set()));
      const waiters = set;
      const onAbort = (): void => waiter.settle(WAKE_REASON.aborted);
      const timer = setTimeout(() => waiter.settle(WAKE_REASON.timeout), timeoutMs);
      const waiter: Waiter = {
        target: k,
        settle: (reason) => {
          if (!waiters.delete(waiter)) return;
          this.count--;
          if (waiters.size === 0 && this.byTarget.get(k) === waiters) this.byTarget.delete(k);
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(reason);
        },
      };
      waiters.add(waiter);
      this.count++;
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** instructions were posted for these targets (undefined: any target); returns how many waits ended */
  posted(targets?: Iterable<string>): number {
    if (targets === undefined) {
      this.allEpoch++;
      return this.wake(undefined, WAKE_REASON.posted);
    }
    const list = [...targets];
    for (const t of new Set(list.map(key))) this.epochs.set(t, (this.epochs.get(t) ?? 0) + 1);
    return this.wake(list, WAKE_REASON.posted);
  }

  /** sp_msxd_force_poll: wakes the named targets' waits (undefined: every wait) */
  force(targets?: Iterable<string>): number {
    return this.wake(targets, WAKE_REASON.forced);
  }

  /** waits under way (all targets, or one) */
  waiting(target?: string): number {
    return target === undefined ? this.count : this.byTarget.get(key(target))?.size ?? 0;
  }

  private wake(targets: Iterable<string> | undefined, reason: WakeReason): number {
    let woken = 0;
    if (targets === undefined) {
      for (const set of [...this.byTarget.values()]) woken += this.wakeSet(set, reason);
      return woken;
    }
    for (const t of new Set([...targets].map(key))) {
      const set = this.byTarget.get(t);
      if (set) woken += this.wakeSet(set, reason);
    }
    return woken;
  }

  private wakeSet(set: Set<Waiter>, reason: WakeReason): number {
    const all = [...set];
    for (const w of all) w.settle(reason);
    return all.length;
  }
}
