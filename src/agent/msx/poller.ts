// The target's poll of its master, an explicit state machine (msx-agent.md §2.3, §5):
//   waiting -> connecting -> probing -> downloading -> uploading -> disconnecting -> waiting
// Each poll reads the master's address from the node (not enlisted: back to waiting), connects,
// probes (sp_sqlagent_probe_msx), applies the pending instructions in instance_id order marking
// each one (the first failure is written on its row and ends the downloads: an error row blocks
// the target), uploads the spooled job outcomes, and disconnects. Polls repeat every
// MSXPollInterval seconds; forcePoll() (sp_sqlagent_notify @op_type = N'P', or a finished job's
// outcome to upload) cuts the wait short. An error ends that poll only.
// With the Agent setting MsxdWaitForInstructions on (read at each poll), an InstructionWaiter
// keeps a waiting connection to the master beside the interval polls and asks for a poll as soon
// as the master has instructions for this target (instruction-waiter.ts).
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { InstructionWaiter, type WaitAnswer, type WaiterStatus } from './instruction-waiter';
import type { DownloadInstruction, MsxConnectionInfo } from './msx-types';
import type { MasterLink, PollPorts } from './poll-ports';

export const POLL_STATE = {
  stopped: 'stopped', waiting: 'waiting', connecting: 'connecting', probing: 'probing',
  downloading: 'downloading', uploading: 'uploading', disconnecting: 'disconnecting',
} as const;
export type PollState = (typeof POLL_STATE)[keyof typeof POLL_STATE];

export interface PollReport {
  readonly enlisted: boolean;
  readonly applied: number;
  readonly failed: { readonly instanceId: number; readonly message: string } | null;
  readonly uploaded: number;
  readonly badEnlistment: boolean;
  readonly blocked: boolean;
}

export interface MsxPollerOptions {
  readonly ports: PollPorts;
  readonly clock: Clock;
  readonly log: Logger;
  /** wait while the node is not enlisted (ms); default 60 s */
  readonly notEnlistedRecheckMs?: number;
  readonly onState?: (state: PollState) => void;
  readonly onPoll?: (report: PollReport) => void;
  readonly onError?: (e: Error) => void;
  /** the waiting connection's @timeout_seconds (default 30) and back-off (default 1 s .. 60 s) */
  readonly waitTimeoutSec?: number;
  readonly waitRetryMinMs?: number;
  readonly waitRetryMaxMs?: number;
}

export interface MsxPollerStatus {
  readonly state: PollState;
  readonly enlisted: boolean;
  readonly intervalSec: number | null;
  readonly lastReport: PollReport | null;
  /** the waiting connection, null when off */
  readonly waiter: WaiterStatus | null;
}

const DEFAULT_POLL_SEC = 60;

export class MsxPoller {
  private state: PollState = POLL_STATE.stopped;
  private wake = new AbortController();
  private forced = false;
  private stopRequested = false;
  private loopDone: Promise<void> | null = null;
  private intervalSec: number | null = null;
  private enlisted = false;
  private lastReport: PollReport | null = null;
  private waiter: { readonly info: MsxConnectionInfo; readonly waiter: InstructionWaiter } | null = null;
  /** requestPoll() callers, answered by the next poll that starts after their call */
  private pollRequests: ((report: PollReport | null) => void)[] = [];

  constructor(private readonly o: MsxPollerOptions) {}

  start(): void {
    if (this.state !== POLL_STATE.stopped) return;
    this.stopRequested = false;
    this.forced = true;
    this.state = POLL_STATE.waiting;
    this.o.onState?.(POLL_STATE.waiting);
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    if (this.state === POLL_STATE.stopped) return;
    this.stopRequested = true;
    this.state = POLL_STATE.stopped;
    this.o.onState?.(POLL_STATE.stopped);
    this.wake.abort();
    await this.stopWaiter();
    await this.loopDone;
    await this.stopWaiter();
    for (const answer of this.pollRequests.splice(0)) answer(null);
  }

  /** a poll now (or right after the poll under way); resolves with its report, null when it failed or the poller stopped */
  requestPoll(): Promise<PollReport | null> {
    if (!this.running()) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pollRequests.push(resolve);
      this.forcePoll();
    });
  }

  /** poll now (or right after the poll under way) */
  forcePoll(): void {
    this.forced = true;
    this.wake.abort();
  }

  /** a job finished: its outcome is uploaded by a poll now, when this node has a master */
  outcomeSpooled(): void {
    if (this.enlisted) this.forcePoll();
  }

  /** SET-POLL applied: the next waits use it */
  setIntervalSec(seconds: number): void {
    this.intervalSec = seconds;
  }

  status(): MsxPollerStatus {
    return { state: this.state, enlisted: this.enlisted, intervalSec: this.intervalSec, lastReport: this.lastReport, waiter: this.waiter?.waiter.status() ?? null };
  }

  private async loop(): Promise<void> {
    while (this.running()) {
      if (!this.forced) {
        this.wake = new AbortController();
        await this.o.clock.sleep(this.waitMs(), this.wake.signal);
        if (!this.running()) break;
      }
      this.forced = false;
      const requests = this.pollRequests.splice(0);
      let report: PollReport | null = null;
      try {
        report = this.lastReport = await this.pollOnce();
        this.o.onPoll?.(this.lastReport);
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        this.o.log.error({ err }, 'agent: MSX poll failed');
        this.o.onError?.(err);
      }
      for (const answer of requests) answer(report);
      if (this.running()) this.setState(POLL_STATE.waiting);
    }
  }

  /** one poll, start to end */
  async pollOnce(): Promise<PollReport> {
    const info = await this.o.ports.connection();
    this.enlisted = info !== null;
    await this.syncWaiter(info);
    if (info === null) return { enlisted: false, applied: 0, failed: null, uploaded: 0, badEnlistment: false, blocked: false };
    this.intervalSec = info.pollIntervalSec;
    this.setState(POLL_STATE.connecting);
    const link = await this.o.ports.openMaster(info);
    try {
      this.setState(POLL_STATE.probing);
      const probe = await link.probe(this.o.clock.now());
      if (probe.badEnlistment) this.o.log.warn({ msx: info.msxServer }, 'agent: the MSX does not know this target (bad enlistment)');
      let applied = 0;
      let failed: PollReport['failed'] = null;
      if (probe.pendingInstructions > 0 && probe.blockingInstructions === 0) {
        this.setState(POLL_STATE.downloading);
        ({ applied, failed } = await this.download(link, info));
      }
      this.setState(POLL_STATE.uploading);
      const uploaded = await link.uploadOutcomes();
      return { enlisted: true, applied, failed, uploaded, badEnlistment: probe.badEnlistment, blocked: probe.blockingInstructions > 0 || failed !== null };
    } finally {
      this.setState(POLL_STATE.disconnecting);
      await link.close().catch(() => undefined);
    }
  }

  private async download(link: MasterLink, info: MsxConnectionInfo): Promise<{ applied: number; failed: PollReport['failed'] }> {
    let applied = 0;
    for (const i of await link.instructions()) {
      if (this.stopRequested) break;
      const error = await this.applyOne(link, i);
      if (error !== null) {
        await link.mark(i.instanceId, error);
        this.o.log.error({ msx: info.msxServer, instanceId: i.instanceId, operation: i.operationCode }, `agent: download instruction failed: ${error}`);
        return { applied, failed: { instanceId: i.instanceId, message: error } };
      }
      await link.mark(i.instanceId, null);
      applied++;
    }
    return { applied, failed: null };
  }

  private async applyOne(link: MasterLink, i: DownloadInstruction): Promise<string | null> {
    try {
      await link.apply(i);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  /** starts, keeps, restarts (the master or account changed) or stops the waiting connection */
  private async syncWaiter(info: MsxConnectionInfo | null): Promise<void> {
    const wanted = info !== null && this.o.ports.openWait !== undefined && (await this.o.ports.waitForInstructions?.()) === true;
    if (wanted && this.waiter && sameMaster(this.waiter.info, info)) return;
    await this.stopWaiter();
    if (!wanted || !this.running()) return;
    const ports = this.o.ports;
    const waiter = new InstructionWaiter({
      open: () => ports.openWait!(info),
      onWork: (answer) => this.pollFor(answer),
      clock: this.o.clock, log: this.o.log,
      ...(this.o.waitTimeoutSec !== undefined ? { waitTimeoutSec: this.o.waitTimeoutSec } : {}),
      ...(this.o.waitRetryMinMs !== undefined ? { retryMinMs: this.o.waitRetryMinMs } : {}),
      ...(this.o.waitRetryMaxMs !== undefined ? { retryMaxMs: this.o.waitRetryMaxMs } : {}),
    });
    this.waiter = { info, waiter };
    waiter.start();
  }

  private async stopWaiter(): Promise<void> {
    const w = this.waiter;
    this.waiter = null;
    await w?.waiter.stop();
  }

  /** the waiter's poll; progress = it took instructions (or marked one failed), or none were pending */
  private async pollFor(answer: WaitAnswer): Promise<boolean> {
    const report = await this.requestPoll();
    if (report === null) return false;
    return answer.pendingInstructions === 0 || report.applied > 0 || report.failed !== null || !report.enlisted;
  }

  private waitMs(): number {
    if (!this.enlisted) return this.o.notEnlistedRecheckMs ?? DEFAULT_POLL_SEC * 1000;
    return (this.intervalSec ?? DEFAULT_POLL_SEC) * 1000;
  }

  private running(): boolean {
    return !this.stopRequested && this.state !== POLL_STATE.stopped;
  }

  /** only start() and stop() leave or enter "stopped": a poll under way at stop() (or pollOnce() on a poller never started) changes no state */
  private setState(s: PollState): void {
    if (this.state === POLL_STATE.stopped) return;
    this.state = s;
    this.o.onState?.(s);
  }
}

function sameMaster(a: MsxConnectionInfo, b: MsxConnectionInfo): boolean {
  return a.host === b.host && a.port === b.port && a.login === b.login && a.password === b.password
    && a.encryptOption === b.encryptOption && a.caFile === b.caFile && a.localServer === b.localServer;
}
