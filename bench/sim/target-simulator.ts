// Many simulated target servers in one process, each a real TDS client of one master: each runs
// the real target agent's poll state machine (src/agent/msx/poller.ts) over ports whose master
// side is the real agent's mssql calls (sim-ports.ts) and whose local side is in memory. A target
// costs a timer and a few objects between polls, so a process holds thousands.
//
// The targets must be enlisted at the master first (sim-enlist.ts) under the names given here.
import pino from 'pino';
import { systemClock } from '../../src/agent/clock';
import type { MsxConnectionInfo, MsxEncryptOption, OutcomeRow } from '../../src/agent/msx/msx-types';
import { MsxPoller } from '../../src/agent/msx/poller';
import { simPollPorts, type SimTargetState } from './sim-ports';

export interface TargetSimulatorOptions {
  /** the master's address */
  readonly host: string;
  readonly port: number;
  /** the TargetServersRole login every simulated target uses (the master keys targets by name) */
  readonly login: string;
  readonly password: string;
  /** MsxEncryptChannelOptions of every target: 0 clear, 1 TLS unvalidated, 2 TLS validated against caFile */
  readonly encryptOption: MsxEncryptOption;
  readonly caFile?: string;
  readonly pollIntervalSec: number;
  /** the targets' server names, as enlisted */
  readonly names: readonly string[];
  /** @timeout_seconds of the waiting connections (default 30) */
  readonly waitTimeoutSec?: number;
  /** a START also produces the job's outcome row (succeeded), uploaded by the same poll */
  readonly uploadOutcomes?: boolean;
}

export interface PollStats {
  readonly polls: number;
  readonly errors: number;
  /** connect + login + probe (+ downloads, uploads) + close, ms */
  readonly roundTripsMs: readonly number[];
  /** connect + login alone, ms */
  readonly connectsMs: readonly number[];
  readonly lastError: string | undefined;
}

interface SimTarget {
  readonly state: SimTargetState;
  readonly poller: MsxPoller;
}

const silent = pino({ level: 'silent' });

function dateInt(d: Date): number {
  return d.getFullYear() * 10_000 + (d.getMonth() + 1) * 100 + d.getDate();
}

function timeInt(d: Date): number {
  return d.getHours() * 10_000 + d.getMinutes() * 100 + d.getSeconds();
}

/** how often waitForStarted looks at the targets */
const START_CHECK_MS = 20;

export class TargetSimulator {
  private readonly targets: SimTarget[];
  private polls = 0;
  private errors = 0;
  private roundTrips: number[] = [];
  private connects: number[] = [];
  private lastError: string | undefined;
  private badEnlistments = 0;
  private readonly polled = new Set<string>();
  private nextOutcomeId = 1;
  private readonly startTimers = new Set<NodeJS.Timeout>();

  constructor(private readonly o: TargetSimulatorOptions) {
    this.targets = o.names.map((name) => this.createTarget(name));
  }

  /** the options it was made with (a second simulator for more targets of the same master) */
  options(): TargetSimulatorOptions {
    return this.o;
  }

  get count(): number {
    return this.targets.length;
  }

  /** Starts every poller, the first polls spread evenly over `spreadMs` (default: one interval). */
  start(spreadMs = this.o.pollIntervalSec * 1000): void {
    void this.setActive(this.targets.length, spreadMs);
  }

  /** Runs the pollers of the first `count` targets only: starts those not running (their first
   *  polls spread evenly over `spreadMs`), stops the others; resolves when those have stopped (their polls under way ended). */
  setActive(count: number, spreadMs = this.o.pollIntervalSec * 1000): Promise<void> {
    const starting = this.targets.slice(0, count).filter((t) => t.poller.status().state === 'stopped');
    starting.forEach((t, i) => {
      const timer = setTimeout(() => {
        this.startTimers.delete(timer);
        t.poller.start();
      }, Math.floor((i * spreadMs) / starting.length));
      this.startTimers.add(timer);
    });
    return Promise.all(this.targets.slice(count).map((t) => t.poller.stop())).then(() => undefined);
  }

  async stop(): Promise<void> {
    for (const timer of this.startTimers) clearTimeout(timer);
    this.startTimers.clear();
    await Promise.all(this.targets.map((t) => t.poller.stop()));
  }

  /** The Agent setting MsxdWaitForInstructions on every target: each running poller opens its waiting
   *  connection (the real InstructionWaiter) at its next poll, which this forces now. */
  startWaiting(): void {
    this.setWaitForInstructions(true);
    this.forcePollAll();
  }

  /** the setting alone: running pollers follow it at their next poll */
  setWaitForInstructions(on: boolean): void {
    for (const t of this.targets) t.state.waitForInstructions = on;
  }

  /** the setting off: each running poller closes its waiting connection at a poll forced now */
  async stopWaiting(): Promise<void> {
    this.setWaitForInstructions(false);
    this.forcePollAll();
    const t0 = Date.now();
    while (this.waitingStats().open > 0 && Date.now() - t0 < 15_000) await new Promise((r) => setTimeout(r, 200));
  }

  /** waiting connections parked in sp_msxd_wait_for_instructions, open at all, wake-ups since their start, failures now */
  waitingStats(): { readonly parked: number; readonly open: number; readonly wakes: number; readonly failures: number } {
    let parked = 0;
    let open = 0;
    let wakes = 0;
    let failures = 0;
    for (const t of this.targets) {
      const w = t.poller.status().waiter;
      if (w === null) continue;
      open++;
      if (w.state === 'waiting') parked++;
      wakes += w.wakes;
      failures += w.failures;
    }
    return { parked, open, wakes, failures };
  }

  /** the connection facts every target uses (its localServer aside) */
  masterInfo(): Omit<MsxConnectionInfo, 'localServer'> {
    return {
      msxServer: `${this.o.host},${this.o.port}`, host: this.o.host, port: this.o.port, login: this.o.login, password: this.o.password,
      encryptOption: this.o.encryptOption, caFile: this.o.caFile ?? null, pollIntervalSec: this.o.pollIntervalSec,
    };
  }

  /** every target polls at this interval from its next poll on (as after SET-POLL) */
  setPollInterval(seconds: number): void {
    for (const t of this.targets) {
      t.state.info = { ...t.state.info, pollIntervalSec: seconds };
      t.poller.setIntervalSec(seconds);
    }
  }

  /** every target polls now (the master's force poll, for all) */
  forcePollAll(): void {
    for (const t of this.targets) t.poller.forcePoll();
  }

  /** from the next poll on, every target connects with this MsxEncryptChannelOptions */
  setEncryptOption(option: MsxEncryptOption): void {
    for (const t of this.targets) t.state.info = { ...t.state.info, encryptOption: option };
  }

  /** the poll figures since the last call (or the start) */
  takeStats(): PollStats {
    const stats = { polls: this.polls, errors: this.errors, roundTripsMs: this.roundTrips, connectsMs: this.connects, lastError: this.lastError };
    this.polls = 0;
    this.errors = 0;
    this.roundTrips = [];
    this.connects = [];
    this.lastError = undefined;
    return stats;
  }

  /** how many targets have completed at least one poll (since the start), and how many polls the
   *  master answered "bad enlistment" (it does not know the target) */
  polledTargets(): { readonly polled: number; readonly badEnlistments: number } {
    return { polled: this.polled.size, badEnlistments: this.badEnlistments };
  }

  /** how many targets are between polls (not connected to the master) */
  idleTargets(): number {
    return this.targets.filter((t) => t.poller.status().state === 'waiting').length;
  }

  /** how many targets have downloaded the job (INSERT applied) */
  downloadedCount(jobId: string): number {
    const id = jobId.toUpperCase();
    return this.targets.filter((t) => t.state.jobs.has(id)).length;
  }

  /** when each target last applied START of the job (Date.now() ms), for the targets that did at or after `since` */
  startedAt(jobId: string, since = 0): number[] {
    const id = jobId.toUpperCase();
    return this.targets.flatMap((t) => {
      const at = t.state.started.get(id);
      return at === undefined || at < since ? [] : [at];
    });
  }

  /** resolves when `count` targets have started the job (at or after `since`), or rejects after `timeoutMs` */
  async waitForStarted(jobId: string, count: number, timeoutMs: number, since = 0): Promise<number[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const times = this.startedAt(jobId, since);
      if (times.length >= count) return times;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${times.length} of ${count} targets started job ${jobId} within ${timeoutMs} ms`);
      // looked at every 20 ms, not at every START: a scan of every target per START made the
      // simulator's own CPU grow with the square of the targets (the times themselves are exact)
      await new Promise<void>((resolve) => setTimeout(resolve, Math.min(left, START_CHECK_MS)));
    }
  }

  private createTarget(name: string): SimTarget {
    const state: SimTargetState = {
      name,
      enlisted: true,
      waitForInstructions: false,
      waitTimeoutSec: this.o.waitTimeoutSec ?? 30,
      jobs: new Map(),
      started: new Map(),
      applied: new Map(),
      info: {
        msxServer: `${this.o.host},${this.o.port}`, host: this.o.host, port: this.o.port,
        login: this.o.login, password: this.o.password, encryptOption: this.o.encryptOption, caFile: this.o.caFile ?? null,
        pollIntervalSec: this.o.pollIntervalSec, localServer: name,
      },
    };
    let pollStartedAt = 0;
    const outcomes: OutcomeRow[] = [];
    const ports = simPollPorts(state, {
      connected: (ms) => this.connects.push(ms),
      takeOutcomes: () => outcomes.splice(0),
    });
    const poller = new MsxPoller({
      ports, clock: systemClock, log: silent, waitTimeoutSec: this.o.waitTimeoutSec ?? 30, waitRetryMaxMs: 10_000,
      onState: (s) => {
        if (s === 'connecting') pollStartedAt = performance.now();
      },
      onPoll: (report) => {
        if (!report.enlisted) return;
        this.polls++;
        this.polled.add(name);
        if (report.badEnlistment) this.badEnlistments++;
        this.roundTrips.push(performance.now() - pollStartedAt);
      },
      onError: (e) => {
        this.errors++;
        this.lastError = e.message;
      },
    });
    state.onPollInterval = (seconds) => poller.setIntervalSec(seconds);
    state.onStarted = (jobId, at) => {
      if (this.o.uploadOutcomes === true) outcomes.push(this.outcome(jobId, at));
    };
    return { state, poller };
  }

  private outcome(jobId: string, at: number): OutcomeRow {
    const d = new Date(at);
    return {
      instanceId: this.nextOutcomeId++, jobId, stepId: 0, stepName: '(Job outcome)', sqlMessageId: 0, sqlSeverity: 0,
      message: 'The job succeeded.  The Job was invoked by MSX.  The last step to run was step 1 (simulated).',
      runStatus: 1, runDate: dateInt(d), runTime: timeInt(d), runDuration: 0, retriesAttempted: 0,
    };
  }
}
