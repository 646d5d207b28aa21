// The agent's main loop: a library object (many can run in one process), an explicit state
// machine (created -> starting -> running -> stopping -> stopped), an injected clock and node,
// an abortable sleep until the next due schedule or poll, and back-off on consecutive errors.
// A poll error never ends the loop: it is recorded (status().lastError) and emitted (poll:error).
import { EventEmitter } from 'node:events';
import pino, { type Logger } from 'pino';
import { systemClock, type Clock } from './clock';
import type { AgentJob, AgentNode, AgentNotification } from './node-api';
import { ScheduleBook, type BookEntry, type NextRunChange } from './schedule-book';
import { RunningJobs, type RunRequest } from './running-jobs';
import { executeJob, type MailSetup } from './job-execution';
import { defaultSubsystems } from './subsystems';
import type { SubsystemTable } from './subsystems/subsystem';
import type { OperatorRow } from './notify/notify-decision';
import type { OutputWriter } from './runner/output-file';
import { FREQ_TYPE } from '../codes/schedule-codes';
import { RUN_REQUESTED_SOURCE } from '../codes/job-codes';
import { invoker } from './runner/outcome-messages';
import { IdleWatch, type IdleOptions } from './idle-watch';
import { buildStatus, type AgentStatus } from './agent-status';
import { agentText } from './agent-messages';
import { closeInterruptedRuns } from './interrupted-runs';
import { MsxPoller, type PollReport, type PollState } from './msx/poller';
import type { TargetAgentHooks } from './msx/instructions/apply-context';
import { Alerter } from './alerts/alerter';
import type { AlertDefinition, AlertOccurrence } from './alerts/alert-types';
import { DEFAULT_TOKEN_FACTS, type TokenFacts } from './runner/token-context';
import type { AlertTokenValues } from './runner/tokens';

export const AGENT_STATE = { created: 'created', starting: 'starting', running: 'running', stopping: 'stopping', stopped: 'stopped' } as const;
export type AgentState = (typeof AGENT_STATE)[keyof typeof AGENT_STATE];

export interface AgentOptions {
  readonly node: AgentNode;
  readonly clock?: Clock;
  readonly subsystems?: SubsystemTable;
  readonly logger?: Logger;
  readonly mail?: MailSetup | null;
  /** How often sp_sqlagent_notify requests are fetched (ms). */
  readonly pollIntervalMs?: number;
  /** Full reload of job definitions even without notifications (ms). */
  readonly refreshIntervalMs?: number;
  readonly maxBackoffMs?: number;
  readonly idle?: IdleOptions | null;
  readonly writeOutput?: OutputWriter;
  /** Multiserver: wait between checks whether the node got enlisted (ms, default 60 s). */
  readonly msxNotEnlistedRecheckMs?: number;
  /** SQLDIR / SQLLOGDIR token values (createAgent: the directory of the node's credential file). */
  readonly tokenPaths?: { readonly sqlDir: string; readonly sqlLogDir: string };
  /** Between two samples of the performance counters for performance-condition alerts (ms, default 20 s). */
  readonly performanceSampleMs?: number;
  /** Close the node client when the agent stops. */
  readonly closeNodeOnStop?: boolean;
}

export type StartJobResult = { readonly started: true } | { readonly started: false; readonly message: string };

export class Agent extends EventEmitter {
  private state: AgentState = AGENT_STATE.created;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly book = new ScheduleBook();
  private readonly running = new RunningJobs();
  private readonly inflight = new Set<Promise<void>>();
  private jobs = new Map<string, AgentJob>();
  private operators = new Map<number, OperatorRow>();
  private subsystems: SubsystemTable;
  private idle: IdleWatch | null;
  private wake = new AbortController();
  private loopDone: Promise<void> | null = null;
  private stopped: Promise<void> | null = null;
  private sessionId = 0;
  private serverName = '';
  private tokenFacts: TokenFacts = DEFAULT_TOKEN_FACTS;
  private nextPollAt = 0;
  private nextRefreshAt = 0;
  private msx: MsxPoller | null = null;
  private alerter: Alerter | null = null;
  private readonly stats = { startedAt: 0, lastPollAt: 0, lastError: null as Error | null, contiguousErrors: 0, jobsStarted: 0, jobsCompleted: 0, refused: 0 };

  constructor(private readonly options: AgentOptions) {
    super();
    this.clock = options.clock ?? systemClock;
    this.log = options.logger ?? pino({ level: 'silent' });
    this.subsystems = options.subsystems ?? defaultSubsystems(options.node.tsql);
    this.idle = options.idle ? new IdleWatch(options.idle) : null;
  }

  async start(): Promise<void> {
    if (this.state !== AGENT_STATE.created) throw new Error(`agent cannot start from state ${this.state}`);
    this.setState(AGENT_STATE.starting);
    try {
      const info = await this.options.node.startupInfo();
      this.serverName = info.serverName;
      this.tokenFacts = {
        ...DEFAULT_TOKEN_FACTS,
        serverName: info.serverName,
        instanceName: info.instanceName ?? DEFAULT_TOKEN_FACTS.instanceName,
        machineName: info.machineName ?? info.serverName,
        sqlDir: this.options.tokenPaths?.sqlDir ?? '',
        sqlLogDir: this.options.tokenPaths?.sqlLogDir ?? '',
      };
      this.sessionId = await this.options.node.startSession();
      this.alerter = this.createAlerter();
      await closeInterruptedRuns(this.options.node, this.sessionId, this.log).catch((e: unknown) => this.recordError(e));
      await this.reload();
      this.stats.startedAt = this.clock.now();
      this.nextPollAt = this.stats.startedAt + this.pollMs();
    } catch (e) {
      // the node client's connections would otherwise outlive an agent that never ran
      if (this.options.closeNodeOnStop) await this.options.node.close().catch(() => undefined);
      this.setState(AGENT_STATE.stopped);
      throw e;
    }
    this.setState(AGENT_STATE.running);
    for (const e of this.book.withFreqType(FREQ_TYPE.AGENT_START)) this.fire(e, RUN_REQUESTED_SOURCE.BOOT);
    this.loopDone = this.loop();
    this.startMsxPoller();
  }

  /** Stops the loop, stops running jobs (recorded as canceled) and waits for all of it. */
  stop(): Promise<void> {
    this.stopped ??= this.shutdown();
    return this.stopped;
  }

  private async shutdown(): Promise<void> {
    if (this.state === AGENT_STATE.created || this.state === AGENT_STATE.stopped) { this.setState(AGENT_STATE.stopped); return; }
    // A start() still connecting finishes first, so the loop it starts is the one stopped here.
    while (this.state === AGENT_STATE.starting) await new Promise((r) => setImmediate(r));
    if (this.state !== AGENT_STATE.running) return;
    this.setState(AGENT_STATE.stopping);
    this.wake.abort();
    await this.loopDone;
    await this.msx?.stop();
    this.running.stopAll('SQLServerAgent shutdown');
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    if (this.options.closeNodeOnStop) await this.options.node.close().catch((e: unknown) => this.recordError(e));
    this.setState(AGENT_STATE.stopped);
  }

  /** Cuts the current sleep short (a notification is waiting, or a test wants a tick now). */
  notify(): void {
    this.nextPollAt = 0;
    this.wake.abort();
  }

  status(): AgentStatus {
    return buildStatus(this.state, this.stats, this.running.list(), this.jobs.size, this.book.size, this.book.nextDueMs(), this.sessionId);
  }

  startJob(jobId: string, request: RunRequest): StartJobResult {
    if (this.state !== AGENT_STATE.running) return { started: false, message: agentText('agentNotRunning') };
    const agentJob = this.jobs.get(jobId);
    if (!agentJob) return { started: false, message: `The specified @job_id ('${jobId}') does not exist.` };
    const claim = this.running.claim(jobId, agentJob.job.name, request, this.clock.now());
    if (!claim.ok) {
      this.stats.refused++;
      this.log.info({ jobId }, claim.message);
      this.emit('job:refused', { jobId, message: claim.message });
      return { started: false, message: claim.message };
    }
    this.stats.jobsStarted++;
    this.emit('job:start', { jobId, name: agentJob.job.name, invokedBy: request.invokedBy });
    const work = executeJob(this.executionDeps(), agentJob.job, claim.running).then(
      (result) => {
        this.stats.jobsCompleted++;
        this.emit('job:complete', { jobId, name: agentJob.job.name, outcome: result.outcome, steps: result.steps });
        this.msx?.outcomeSpooled();
      },
      (e: unknown) => this.recordError(e),
    ).finally(() => {
      this.running.release(claim.running);
      this.inflight.delete(work);
    });
    this.inflight.add(work);
    return { started: true };
  }

  /** sp_stop_job: cancels the running instance, or answers the agent's refusal text. */
  stopJob(jobId: string, stoppedBy: string): { readonly stopped: true } | { readonly stopped: false; readonly message: string } {
    if (this.running.stop(jobId, stoppedBy)) return { stopped: true };
    const message = agentText('notRunning', this.jobs.get(jobId)?.job.name ?? jobId, stoppedBy);
    this.log.info({ jobId }, message);
    return { stopped: false, message };
  }

  private async loop(): Promise<void> {
    while (this.state === AGENT_STATE.running) {
      try {
        await this.tick();
        this.stats.contiguousErrors = 0;
      } catch (e) {
        this.stats.contiguousErrors++;
        this.recordError(e);
        this.emit('poll:error', this.stats.lastError);
      }
      if (this.state !== AGENT_STATE.running) break;
      this.wake = new AbortController();
      await this.clock.sleep(this.sleepMs(), this.wake.signal);
    }
  }

  private async tick(): Promise<void> {
    const now = this.clock.now();
    if (now >= this.nextPollAt) {
      this.nextPollAt = now + this.pollMs();
      this.stats.lastPollAt = now;
      const notes = await this.options.node.fetchNotifications(this.sessionId);
      for (const n of notes) await this.handle(n);
      await this.alerter?.poll();
    }
    if (now >= this.nextRefreshAt) await this.reload();
    // Everything due is started before any next-run write, so one slow write cannot delay the
    // other jobs due in the same second.
    const changes: NextRunChange[] = [];
    const traceDrift = this.log.isLevelEnabled('debug');
    for (const entry of this.book.due(now)) {
      const dueMs = entry.dueMs ?? now;
      const driftMs = this.clock.now() - dueMs;
      this.emit('schedule:due', { jobId: entry.job.jobId, scheduleId: entry.schedule.scheduleId, dueMs, driftMs });
      // one line per scheduled start, for the benchmark's drift figures (MSXD_LOG_LEVEL=debug)
      if (traceDrift) this.log.debug({ jobId: entry.job.jobId, scheduleId: entry.schedule.scheduleId, dueMs, driftMs }, 'agent: schedule due');
      this.fire(entry, RUN_REQUESTED_SOURCE.SCHEDULER);
      changes.push(this.book.advance(entry, now));
    }
    // Not awaited: the next due schedule must not wait for these writes (they are group commits
    // on one connection, so they reach the node in order); stop() waits for them.
    this.track(this.writeNextRuns(changes));
    if (this.idle?.check(now)) for (const e of this.book.withFreqType(FREQ_TYPE.IDLE)) this.fire(e, RUN_REQUESTED_SOURCE.ON_IDLE_SCHEDULE);
  }

  private fire(entry: BookEntry, source: RunRequest['source']): void {
    const s = entry.schedule;
    const result = this.startJob(entry.job.jobId, {
      source,
      by: `Schedule ${s.scheduleId}`,
      invokedBy: source === RUN_REQUESTED_SOURCE.BOOT ? invoker.startup() : invoker.schedule(s.scheduleId, s.name),
    });
    if (!result.started) this.log.info({ jobId: entry.job.jobId, scheduleId: s.scheduleId }, 'agent: scheduled run skipped');
  }

  private async handle(n: AgentNotification): Promise<void> {
    switch (n.kind) {
      case 'start-job': {
        const current = await this.options.node.currentJob?.(n.jobId);
        if (current) this.jobs.set(n.jobId, current);
        else if (!this.jobs.has(n.jobId)) await this.reload();
        this.startJob(n.jobId, { source: RUN_REQUESTED_SOURCE.USER, by: n.requestedBy, invokedBy: n.requestedBy, stepName: n.stepName });
        return;
      }
      case 'stop-job':
        this.stopJob(n.jobId, n.requestedBy);
        return;
      case 'refresh-jobs':
        this.nextRefreshAt = 0;
        return;
      case 'refresh-operators':
        this.operators = new Map((await this.options.node.loadOperators()).map((o) => [o.id, o]));
        return;
      case 'refresh-alerts':
        await this.alerter?.reload();
        return;
      case 'poll-msx':
        this.msx?.forcePoll();
        return;
      case 'mail-queued':
        this.emit('dbmail:queued');
        return;
      default: {
        const never: never = n;
        throw new Error(`unknown notification ${JSON.stringify(never)}`);
      }
    }
  }

  /** The multiserver poller's state (null: this node's client cannot poll a master). */
  msxStatus(): ReturnType<MsxPoller['status']> | null {
    return this.msx?.status() ?? null;
  }

  private startMsxPoller(): void {
    const ports = this.options.node.msxPorts?.(this.msxHooks());
    if (!ports) return;
    this.msx = new MsxPoller({
      ports, clock: this.clock, log: this.log,
      ...(this.options.msxNotEnlistedRecheckMs !== undefined ? { notEnlistedRecheckMs: this.options.msxNotEnlistedRecheckMs } : {}),
      onState: (state: PollState) => this.emit('msx:state', state),
      onPoll: (report: PollReport) => this.emit('msx:poll', report),
      // the poller has logged it already
      onError: (e) => { this.stats.lastError = e; this.emit('msx:error', e); },
    });
    this.msx.start();
  }

  private msxHooks(): TargetAgentHooks {
    return {
      startJob: async (jobId, requestedBy) => {
        if (!this.jobs.has(jobId)) await this.reload();
        if (!this.jobs.has(jobId)) throw new Error(`The specified @job_id ('${jobId}') does not exist.`);
        const r = this.startJob(jobId, { source: RUN_REQUESTED_SOURCE.USER, by: requestedBy, invokedBy: requestedBy });
        if (!r.started) this.log.info({ jobId }, r.message);
      },
      stopJob: (jobId, requestedBy) => {
        this.stopJob(jobId, requestedBy);
      },
      log: (message) => this.log.info(message),
      definitionsChanged: () => {
        this.options.node.forgetJobs?.();
        this.nextRefreshAt = 0;
        this.wake.abort();
      },
      pollIntervalChanged: (seconds) => this.msx?.setIntervalSec(seconds),
    };
  }

  private async reload(): Promise<void> {
    const now = this.clock.now();
    this.nextRefreshAt = now + (this.options.refreshIntervalMs ?? 60_000);
    const jobs = await this.options.node.loadJobs();
    this.jobs = new Map(jobs.map((j) => [j.job.jobId, j]));
    this.operators = new Map((await this.options.node.loadOperators()).map((o) => [o.id, o]));
    await this.alerter?.reload();
    await this.writeNextRuns(this.book.load(jobs, now));
  }

  private createAlerter(): Alerter | null {
    const ports = this.options.node.alertPorts?.();
    if (!ports) return null;
    return new Alerter({
      ports, clock: this.clock, log: this.log, serverName: this.serverName, operators: () => this.operators,
      mail: this.options.mail ?? null,
      startJob: (jobId, alert, o) => this.startAlertJob(jobId, alert, o),
      performanceSampleMs: this.options.performanceSampleMs,
      onResponse: (alert, o) => this.emit('alert:response', {
        alertId: alert.id, name: alert.name, ...(o.kind === 'error' ? { logId: o.event.logId } : { observed: o.event.observed }),
      }),
    });
  }

  /** sp_start_job as the alerter (run_requested_source 2); a running job is refused as for any source */
  private async startAlertJob(jobId: string, alert: AlertDefinition, o: AlertOccurrence): Promise<void> {
    if (!this.jobs.has(jobId)) await this.reload();
    const by = invoker.alert(alert.id, alert.name);
    // A performance condition has no error: its A-DBN, A-ERR, A-SEV and A-MSG are empty and 0.
    const event = o.kind === 'error' ? o.event : undefined;
    const values: AlertTokenValues = {
      databaseName: event?.databaseName ?? '', serverName: this.serverName, errorNumber: event?.messageId ?? 0,
      severity: event?.severity ?? 0, message: event?.message ?? '',
    };
    const replaceTokens = await this.alerter?.replaceAlertTokens() ?? false;
    const result = this.startJob(jobId, { source: RUN_REQUESTED_SOURCE.ALERTER, by, invokedBy: by, alert: { values, replaceTokens } });
    if (!result.started) this.log.info({ jobId, alertId: alert.id }, result.message);
  }

  private async writeNextRuns(changes: readonly NextRunChange[]): Promise<void> {
    await Promise.all(changes.map((c) =>
      this.options.node.nextScheduledRun(this.sessionId, c.jobId, c.scheduleId, c.nextRunDate, c.nextRunTime)
        .catch((e: unknown) => this.recordError(e))));
  }

  private track(work: Promise<void>): void {
    const tracked: Promise<void> = work.finally(() => this.inflight.delete(tracked));
    this.inflight.add(tracked);
  }

  private sleepMs(): number {
    const now = this.clock.now();
    if (this.stats.contiguousErrors > 0) {
      return Math.min(this.options.maxBackoffMs ?? 30_000, this.pollMs() * 2 ** Math.min(this.stats.contiguousErrors, 10));
    }
    const due = this.book.nextDueMs();
    const until = Math.min(this.nextPollAt, this.nextRefreshAt, due ?? Infinity);
    return Math.max(0, until - now);
  }

  private pollMs(): number {
    return this.options.pollIntervalMs ?? 1000;
  }

  private executionDeps(): Parameters<typeof executeJob>[0] {
    return {
      node: this.options.node, sessionId: this.sessionId, serverName: this.serverName, subsystems: this.subsystems,
      clock: this.clock, log: this.log, operators: () => this.operators, mail: this.options.mail ?? null,
      // MSSA: the master this node is enlisted in (its poller's last look), '' when not enlisted
      tokens: { ...this.tokenFacts, masterAgent: this.msx?.masterServer() ?? '' },
      ...(this.options.writeOutput ? { writeOutput: this.options.writeOutput } : {}),
      onError: (e) => this.recordError(e),
    };
  }

  private recordError(e: unknown): void {
    this.stats.lastError = e instanceof Error ? e : new Error(String(e));
    this.log.error({ err: this.stats.lastError }, 'agent: error');
  }

  private setState(s: AgentState): void {
    this.state = s;
    this.emit('agent:state', s);
  }
}
