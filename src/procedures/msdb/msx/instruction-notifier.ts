// msxd: the in-process wake-up behind sp_msxd_wait_for_instructions. A waiting target's session
// parks here (no thread, no polling: a promise, one timer and one abort listener) until something
// posts instructions for it, a sysadmin forces a poll (sp_msxd_force_poll), the timeout passes, or
// the session is cancelled (ATTENTION) or disconnected. One notifier per node (see
// node-instruction-notifier.ts): several nodes can live in one process.

/** why a wait ended */
export const WAKE_REASON = { posted: 'posted', forced: 'forced', timeout: 'timeout', aborted: 'aborted' } as const;
export type WakeReason = (typeof WAKE_REASON)[keyof typeof WAKE_REASON];

interface Waiter {
  readonly target: string;
  settle(reason: WakeReason): void;
}

/** target names are compared as systargetservers stores them: upper-cased */
const key = (target: string): string => target.trim().toUpperCase();

export class InstructionNotifier {
  private readonly byTarget = new Map<string, Set<Waiter>>();
  private count = 0;

  /**
   * Waits for a wake of `target`. `signal` is the request's (TDS reuses one AbortSignal for the
   * session's requests until it fires, so the listener is always removed when the wait ends).
   */
  wait(target: string, timeoutMs: number, signal?: AbortSignal): Promise<WakeReason> {
    if (signal?.aborted) return Promise.resolve(WAKE_REASON.aborted);
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
    return this.wake(targets, WAKE_REASON.posted);
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
