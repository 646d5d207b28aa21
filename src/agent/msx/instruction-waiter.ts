// msxd's waiting connection (beyond SQL Server): one connection to the master that loops on
// sp_msxd_wait_for_instructions, so that posted instructions (or the master's sp_msxd_force_poll)
// start a poll within a second instead of at the next poll interval. The ordinary interval polls
// go on beside it (their probe is the heartbeat the master's status bits need), so a broken
// waiting connection only falls back to them; it is reopened with exponential back-off.
//
//   stopped -> connecting -> waiting <-> polling
//                  ^            |
//                  +- retrying <+ (connect or wait failed)
//
// A link that can apply instructions itself (WaitLink.apply) asks for the pending rows with each
// answer: the poller applies them without a poll (no new connection, no login) and this loop
// acknowledges them with its next wait (@acknowledge_through).
//
// Small and free of the node on purpose: a simulator runs 1,000 of these against one master.
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { DownloadInstruction } from './msx-types';

export const WAITER_STATE = {
  stopped: 'stopped', connecting: 'connecting', waiting: 'waiting', polling: 'polling', retrying: 'retrying',
} as const;
export type WaiterState = (typeof WAITER_STATE)[keyof typeof WAITER_STATE];

/** one answer of sp_msxd_wait_for_instructions */
export interface WaitAnswer {
  readonly pendingInstructions: number;
  /** the master ran sp_msxd_force_poll for this target */
  readonly pollRequested: boolean;
  /** the pending rows in instance_id order, when the link asked for them (@return_instructions = 1) */
  readonly instructions?: readonly DownloadInstruction[];
}

/** what onWork did with an answer carrying instructions */
export interface WorkDone {
  readonly progress: boolean;
  /** the last delivered instruction applied: acknowledged by the next wait (null: none) */
  readonly acknowledgeThrough: number | null;
}

/** the open waiting connection */
export interface WaitLink {
  /**
   * Waits on the master up to `timeoutSec`, first acknowledging the delivered instructions
   * through `acknowledgeThrough` (marked downloaded); rejects when the connection fails or is closed.
   */
  wait(timeoutSec: number, acknowledgeThrough?: number | null): Promise<WaitAnswer>;
  /**
   * Applies one delivered instruction on this target, this connection standing for the master
   * (an INSERT reads the job's definition through it). Absent: the answers carry no rows and
   * every wake runs a poll.
   */
  apply?(instruction: DownloadInstruction): Promise<void>;
  close(): Promise<void>;
}

export interface InstructionWaiterOptions {
  /** opens the waiting connection to the master */
  readonly open: () => Promise<WaitLink>;
  /**
   * Runs the poll the answer calls for and resolves when it is over: true when it made progress
   * (downloaded something, or the poll was merely requested), false when it failed or applied
   * nothing though instructions were pending, which would otherwise loop at once.
   */
  readonly onWork: (answer: WaitAnswer, link: WaitLink) => Promise<boolean | WorkDone>;
  readonly clock: Clock;
  readonly log: Logger;
  /** @timeout_seconds of each wait (default 30); the request timeout must exceed it */
  readonly waitTimeoutSec?: number;
  /** first back-off after a failure (default 1 s), doubled up to retryMaxMs (default 60 s) */
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  readonly onState?: (state: WaiterState) => void;
}

export interface WaiterStatus {
  readonly state: WaiterState;
  /** answers that started a poll */
  readonly wakes: number;
  /** failures since the last good answer */
  readonly failures: number;
  readonly lastError: Error | null;
}

export const DEFAULT_WAIT_TIMEOUT_SEC = 30;
const NOTHING: WaitAnswer = { pendingInstructions: 0, pollRequested: false };

/** `p`, or `fallback` as soon as `signal` aborts (a rejection of `p` after that is ignored) */
function orStop<T>(p: Promise<T>, signal: AbortSignal, fallback: T): Promise<T> {
  if (signal.aborted) {
    p.catch(() => undefined);
    return Promise.resolve(fallback);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => resolve(fallback);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => { signal.removeEventListener('abort', onAbort); reject(e instanceof Error ? e : new Error(String(e))); },
    );
  });
}

export class InstructionWaiter {
  private state: WaiterState = WAITER_STATE.stopped;
  private stopSignal = new AbortController();
  private link: WaitLink | null = null;
  private loopDone: Promise<void> | null = null;
  private wakes = 0;
  private failures = 0;
  private idleStreak = 0;
  private lastError: Error | null = null;
  /** applied instructions the next wait acknowledges; a new connection drops it (the rows come back, the poller knows them) */
  private acknowledgeThrough: number | null = null;

  constructor(private readonly o: InstructionWaiterOptions) {}

  start(): void {
    if (this.state !== WAITER_STATE.stopped) return;
    this.stopSignal = new AbortController();
    this.state = WAITER_STATE.connecting;
    this.o.onState?.(this.state);
    this.loopDone = this.loop(this.stopSignal.signal);
  }

  /** closes the connection (ending a wait in flight) and resolves when the loop is over */
  async stop(): Promise<void> {
    if (this.state === WAITER_STATE.stopped) return;
    this.stopSignal.abort();
    this.state = WAITER_STATE.stopped;
    this.o.onState?.(this.state);
    await this.link?.close().catch(() => undefined);
    await this.loopDone;
    this.o.log.info('agent: MSX waiting connection closed');
  }

  status(): WaiterStatus {
    return { state: this.state, wakes: this.wakes, failures: this.failures, lastError: this.lastError };
  }

  /** each run of the loop has its own signal, so a stop() then start() cannot revive an old loop */
  private async loop(signal: AbortSignal): Promise<void> {
    const running = (): boolean => !signal.aborted;
    while (running()) {
      try {
        this.setState(WAITER_STATE.connecting);
        this.acknowledgeThrough = null;
        this.link = await this.o.open();
        if (!running()) break;
        if (this.failures > 0) this.o.log.info('agent: MSX waiting connection open again');
        else this.o.log.info('agent: MSX waiting connection open');
        await this.serve(this.link, running, signal);
      } catch (e) {
        if (!running()) break;
        this.lastError = e instanceof Error ? e : new Error(String(e));
        this.failures++;
        // once per outage: the interval polls log their own failures
        if (this.failures === 1) this.o.log.warn({ err: this.lastError }, 'agent: MSX waiting connection lost; polling at the interval until it is back');
      } finally {
        const link = this.link;
        this.link = null;
        await link?.close().catch(() => undefined);
      }
      if (!running()) break;
      this.setState(WAITER_STATE.retrying);
      await this.o.clock.sleep(this.backoffMs(this.failures), signal);
    }
  }

  /** waits and polls until the connection fails (throws) or the waiter stops */
  private async serve(link: WaitLink, running: () => boolean, signal: AbortSignal): Promise<void> {
    while (running()) {
      this.setState(WAITER_STATE.waiting);
      const answer = await orStop(link.wait(this.o.waitTimeoutSec ?? DEFAULT_WAIT_TIMEOUT_SEC, this.acknowledgeThrough), signal, NOTHING);
      this.acknowledgeThrough = null;
      this.failures = 0;
      if (!running()) return;
      if (answer.pendingInstructions <= 0 && !answer.pollRequested) {
        this.idleStreak = 0;
        continue;
      }
      // a poll that could not take the pending instructions would be asked again at once
      if (this.idleStreak > 0) await this.o.clock.sleep(this.backoffMs(this.idleStreak), signal);
      if (!running()) return;
      this.setState(WAITER_STATE.polling);
      this.wakes++;
      // stop() does not wait for the poll: the poller stops its waiter from inside a poll
      const done = await orStop(this.o.onWork(answer, link).catch(() => false), signal, false);
      const progress = typeof done === 'boolean' ? done : done.progress;
      if (typeof done !== 'boolean') this.acknowledgeThrough = done.acknowledgeThrough;
      this.idleStreak = progress ? 0 : this.idleStreak + 1;
    }
  }

  private backoffMs(n: number): number {
    const min = this.o.retryMinMs ?? 1000;
    return Math.min(min * 2 ** Math.max(0, n - 1), this.o.retryMaxMs ?? 60_000);
  }

  /** only start() and stop() enter or leave "stopped" */
  private setState(s: WaiterState): void {
    if (this.state === WAITER_STATE.stopped || this.state === s) return;
    this.state = s;
    this.o.onState?.(s);
  }
}
