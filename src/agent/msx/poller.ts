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
// as the master has instructions for this target (instruction-waiter.ts). When that
// connection can apply instructions (WaitLink.apply), the rows it delivers are applied here
// without a poll, by the same loop as a poll's downloads and never at the same time as a poll;
// the waiter acknowledges them with its next wait. A delivered row that fails, or that changes
// the enlistment (DEFECT, RE-ENLIST), hands over to an ordinary poll, which marks the rows
// already applied without applying them again and writes the failure on its row.
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { InstructionWaiter, type WaitAnswer, type WaiterStatus, type WaitLink, type WorkDone } from './instruction-waiter';
import { OPERATION_CODE } from '../../codes/msx-codes';
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
  /** instructions applied as delivered by the waiting connection (no poll) */
  readonly delivered: number;
}

const DEFAULT_POLL_SEC = 60;
/** instructions a delivery leaves to an ordinary poll: they change the enlistment the waiting connection stands on */
const POLL_ONLY: ReadonlySet<number> = new Set([OPERATION_CODE.DEFECT, OPERATION_CODE.RE_ENLIST]);
/** applied-but-unacknowledged instance ids remembered (oldest forgotten first; acknowledged ones are never handed out again) */
const SETTLED_MAX = 1000;

type Apply = (i: DownloadInstruction) => Promise<void>;
type Mark = (instanceId: number, errorMessage: string | null) => Promise<void>;

export class MsxPoller {
  private state: PollState = POLL_STATE.stopped;
  private wake = new AbortController();
  private forced = false;
  private stopRequested = false;
  private loopDone: Promise<void> | null = null;
  private intervalSec: number | null = null;
  private enlisted = false;
  /** MSXServerName as the last poll read it ('' when not enlisted): the MSSA token */
  private master = '';
  private lastReport: PollReport | null = null;
  private waiter: { readonly info: MsxConnectionInfo; readonly waiter: InstructionWaiter } | null = null;
  /** requestPoll() callers, answered by the next poll that starts after their call */
  private pollRequests: ((report: PollReport | null) => void)[] = [];
  /** polls and deliveries of the waiting connection run one at a time, in this chain */
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  /** instructions applied as delivered by the waiting connection and maybe not acknowledged yet: a poll marks them without applying them again */
  private readonly settled = new Set<number>();
  private delivered = 0;

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

  /** the master this node is enlisted in as the last poll saw it, '' when not enlisted */
  masterServer(): string {
    return this.master;
  }

  status(): MsxPollerStatus {
    return {
      state: this.state, enlisted: this.enlisted, intervalSec: this.intervalSec, lastReport: this.lastReport,
      waiter: this.waiter?.waiter.status() ?? null, delivered: this.delivered,
    };
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
        report = this.lastReport = await this.exclusive(() => this.pollOnce());
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
    this.master = info?.msxServer ?? '';
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
    return this.applyRows(await link.instructions(), info, (i) => link.apply(i), (id, error) => link.mark(id, error));
  }

  /**
   * A poll's downloads, rows already fetched: each applied in instance_id order and marked; the
   * first failure is marked with its message and ends them. A row the waiting connection's
   * delivery applied already is only marked.
   */
  private async applyRows(rows: readonly DownloadInstruction[], info: MsxConnectionInfo, apply: Apply, mark: Mark): Promise<{ applied: number; failed: PollReport['failed'] }> {
    let applied = 0;
    for (const i of rows) {
      if (this.stopRequested) break;
      if (this.settled.has(i.instanceId)) {
        await mark(i.instanceId, null);
        this.settled.delete(i.instanceId);
        applied++;
        continue;
      }
      const error = await this.applyOne(apply, i);
      if (error !== null) {
        await mark(i.instanceId, error);
        this.o.log.error({ msx: info.msxServer, instanceId: i.instanceId, operation: i.operationCode }, `agent: download instruction failed: ${error}`);
        return { applied, failed: { instanceId: i.instanceId, message: error } };
      }
      await mark(i.instanceId, null);
      applied++;
    }
    return { applied, failed: null };
  }

  /**
   * Rows the waiting connection delivered, applied as a poll applies them but marked by the
   * waiter's next wait (acknowledgeThrough). Stops at the first failure, or at a row only a poll
   * takes (complete = false): the caller then polls, and the poll retries that row.
   */
  private async applyDelivered(rows: readonly DownloadInstruction[], apply: Apply): Promise<{ complete: boolean; through: number | null; applied: number }> {
    let through: number | null = null;
    let applied = 0;
    for (const i of rows) {
      if (!this.running() || POLL_ONLY.has(i.operationCode)) return { complete: false, through, applied };
      if (!this.settled.has(i.instanceId)) {
        const error = await this.applyOne(apply, i);
        if (error !== null) {
          this.o.log.warn({ instanceId: i.instanceId, operation: i.operationCode }, `agent: delivered instruction failed; polling: ${error}`);
          return { complete: false, through, applied };
        }
        this.settle(i.instanceId);
        applied++;
        this.delivered++;
      }
      through = i.instanceId;
    }
    return { complete: true, through, applied };
  }

  private settle(instanceId: number): void {
    this.settled.add(instanceId);
    if (this.settled.size <= SETTLED_MAX) return;
    const oldest = this.settled.values().next();
    if (oldest.done !== true) this.settled.delete(oldest.value);
  }

  /** runs `work` after the polls and deliveries before it */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.exclusiveTail.then(work, work);
    this.exclusiveTail = run.catch(() => undefined);
    return run;
  }

  private async applyOne(apply: Apply, i: DownloadInstruction): Promise<string | null> {
    try {
      await apply(i);
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
    // another master's (or enlistment's) instance ids
    this.settled.clear();
    if (!wanted || !this.running()) return;
    const ports = this.o.ports;
    const waiter = new InstructionWaiter({
      open: () => ports.openWait!(info),
      onWork: (answer, link) => this.pollFor(answer, link),
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

  /**
   * The waiter's work: the delivered rows applied here when the link brought them (acknowledged
   * by its next wait), else (or when that stopped short) a poll; progress = it took instructions
   * (or marked one failed), or none were pending.
   */
  private async pollFor(answer: WaitAnswer, link: WaitLink): Promise<boolean | WorkDone> {
    const rows = answer.instructions;
    const apply = link.apply?.bind(link);
    if (rows !== undefined && rows.length > 0 && apply !== undefined && !answer.pollRequested) {
      const done = await this.exclusive(() => this.applyDelivered(rows, apply));
      if (done.complete) return { progress: true, acknowledgeThrough: done.through };
    }
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
