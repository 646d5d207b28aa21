// AgentNode over TDS: the msdb procedure calls of node-client.ts on an mssql pool with the
// application name 'SQLAgent - Job Manager', plus TSQL steps on their own connections. Job
// definitions are cached by sysjobs.version_number; sp_sqlagent_notify job/schedule rows drop
// the cached job so its steps and schedules are read again.
import sql, { type ConnectionPool } from 'mssql';
import * as client from '../node-client';
import type { RunRequestedSource } from '../../codes/job-codes';
import type { AgentJob, AgentNode, AgentNotification, InterruptedRun, StartupInfo } from '../node-api';
import type { HistoryRecord } from '../runner/job-runner';
import type { JobDefinition } from '../runner/job-definition';
import type { OperatorRow } from '../notify/notify-decision';
import type { JobEvent } from '../notify/job-event-log';
import { AGENT_APP_NAME, mssqlConfig, type NodeCredentials } from './credentials';
import { TediousTsqlExecutor } from './tsql-executor';
import { runDate, runTime } from '../history/encodings';
import type { JobHeader } from './row-mapping';
import { toNotification } from './notification-mapping';
import { mssqlPollPorts } from '../msx/mssql-poll-ports';
import type { PollPorts } from '../msx/poll-ports';
import type { TargetAgentHooks } from '../msx/instructions/apply-context';
import { GroupCommitWriter, type ProcCall } from './group-commit';
import { WriteConnection } from './write-connection';
import { alertPorts } from '../alerts/node-alert-client';
import type { AlertPorts } from '../alerts/alerter';

export class MssqlAgentNode implements AgentNode {
  readonly tsql: TediousTsqlExecutor;
  private readonly cache = new Map<string, AgentJob>();
  private readonly nextRuns = new Map<string, Map<number, number>>();
  // sp_sqlagent_create_jobactivity @job_id = NULL made rows for the jobs existing at session
  // start (the first loadJobs); jobs created later get theirs before their first run.
  private withActivity: Set<string> | null = null;
  private readonly agentAccountJobs = new Set<string>();
  // SQL Server caches these answers for 29 minutes (syscachedcredentials); a minute here.
  private readonly sysadminCache = new Map<string, { isSysadmin: boolean; at: number }>();
  // msdb writes go through group commits on a connection of their own (group-commit.ts)
  private readonly writes: WriteConnection;
  private readonly writer: GroupCommitWriter;

  private constructor(private readonly pool: ConnectionPool, credentials: NodeCredentials) {
    this.tsql = new TediousTsqlExecutor(credentials);
    this.writes = new WriteConnection(credentials);
    this.writer = new GroupCommitWriter((text) => this.writes.send(text), () => this.writes.recover());
  }

  static async connect(credentials: NodeCredentials): Promise<MssqlAgentNode> {
    const pool = new sql.ConnectionPool(mssqlConfig(credentials, { appName: AGENT_APP_NAME.jobManager }));
    await pool.connect();
    return new MssqlAgentNode(pool, credentials);
  }

  startupInfo(): Promise<StartupInfo> {
    return client.getStartupInfo(this.pool);
  }

  async startSession(): Promise<number> {
    const sessionId = await client.startSession(this.pool);
    await client.createJobActivity(this.pool, sessionId, null);
    return sessionId;
  }

  async loadJobs(): Promise<AgentJob[]> {
    const headers = await client.refreshJobs(this.pool);
    const out: AgentJob[] = [];
    for (const h of headers) out.push(await this.definitionOf(h));
    const live = new Set(headers.map((h) => h.jobId));
    for (const id of [...this.cache.keys()]) if (!live.has(id)) this.cache.delete(id);
    this.withActivity ??= live;
    return out;
  }

  async currentJob(jobId: string): Promise<AgentJob | undefined> {
    const [h] = await client.refreshJobs(this.pool, jobId);
    return h === undefined ? undefined : this.definitionOf(h);
  }

  /** The cached definition while version_number and enabled are unchanged, else read again. */
  private async definitionOf(h: JobHeader): Promise<AgentJob> {
    if (h.agentAccount) this.agentAccountJobs.add(h.jobId);
    else this.agentAccountJobs.delete(h.jobId);
    const cached = this.cache.get(h.jobId);
    if (cached && cached.job.versionNumber === h.versionNumber && cached.job.enabled === h.enabled) return cached;
    const [steps, schedules] = await Promise.all([client.helpJobSteps(this.pool, h.jobId), client.helpJobSchedules(this.pool, h.jobId)]);
    const job: AgentJob = {
      job: {
        jobId: h.jobId, name: h.name, enabled: h.enabled, startStepId: h.startStepId, ownerLoginName: h.owner,
        notifyLevelEmail: h.notifyLevelEmail, notifyEmailOperatorId: h.notifyEmailOperatorId, deleteLevel: h.deleteLevel,
        notifyLevelEventlog: h.notifyLevelEventlog, notifyLevelPage: h.notifyLevelPage, notifyPageOperatorId: h.notifyPageOperatorId,
        versionNumber: h.versionNumber, steps,
      },
      schedules,
    };
    this.cache.set(h.jobId, job);
    return job;
  }

  loadOperators(): Promise<OperatorRow[]> {
    return client.helpOperators(this.pool);
  }

  alertPorts(): AlertPorts {
    return alertPorts(this.pool);
  }

  async fetchNotifications(sessionId: number): Promise<AgentNotification[]> {
    const out: AgentNotification[] = [];
    for (const row of await client.fetchNotifications(this.pool, sessionId)) {
      const n = toNotification(row);
      if (n === null) continue;
      if (n.kind === 'refresh-jobs') {
        if (row.jobId === null) this.cache.clear();
        else this.cache.delete(row.jobId);
      }
      out.push(n);
    }
    return out;
  }

  jobRequested(sessionId: number, jobId: string, source: RunRequestedSource): Promise<void> {
    return this.writer.write([
      ...this.activityRow(sessionId, jobId),
      client.jobActivityRequestedCall(sessionId, jobId, source),
      client.jobActivityQueuedCall(sessionId, jobId),
    ]);
  }

  runBegun(sessionId: number, jobId: string, source: RunRequestedSource, atMs: number): Promise<void> {
    return this.writer.write([
      ...this.activityRow(sessionId, jobId),
      client.jobActivityBegunCall(sessionId, jobId, source, runDate(atMs), runTime(atMs)),
    ]);
  }

  /** sp_sqlagent_create_jobactivity for a job created after the session began (once). */
  private activityRow(sessionId: number, jobId: string): ProcCall[] {
    if (this.withActivity === null || this.withActivity.has(jobId)) return [];
    this.withActivity.add(jobId);
    return [client.createJobActivityCall(sessionId, jobId)];
  }

  jobStarted(sessionId: number, jobId: string, atMs: number): Promise<void> {
    return this.writer.write([client.jobActivityStartExecutionCall(sessionId, jobId, runDate(atMs), runTime(atMs))]);
  }

  stepCompleted(sessionId: number, record: HistoryRecord): Promise<void> {
    return this.writer.write([client.logJobHistoryCall(record, sessionId), client.jobStepCompletionStateCall(record, sessionId)]);
  }

  stepLogWritten(jobId: string, stepId: number, text: string, append: boolean): Promise<void> {
    return this.writer.write([client.writeStepLogCall(jobId, stepId, text, append)]);
  }

  jobCompleted(sessionId: number, record: HistoryRecord, operatorIdEmailed: number, operatorIdPaged = 0): Promise<void> {
    return this.writer.write([client.logJobHistoryCall(record, sessionId, operatorIdEmailed, operatorIdPaged), client.jobCompletionStateCall(record)]);
  }

  eventLogged(event: JobEvent): Promise<void> {
    return this.writer.write([client.logEventCall(event.eventId, event.eventType, event.text)]);
  }

  /** sysjobschedules gets each schedule's next run; sysjobactivity the earliest of the job's. */
  nextScheduledRun(sessionId: number, jobId: string, scheduleId: number, nextRunDate: number, nextRunTime: number): Promise<void> {
    const perJob = this.nextRuns.get(jobId) ?? new Map<number, number>();
    this.nextRuns.set(jobId, perJob);
    if (nextRunDate === 0) perJob.delete(scheduleId);
    else perJob.set(scheduleId, nextRunDate * 1_000_000 + nextRunTime);
    const earliest = perJob.size === 0 ? null : Math.min(...perJob.values());
    return this.writer.write([
      client.jobScheduleNextRunCall(jobId, scheduleId, nextRunDate, nextRunTime),
      client.jobActivityNextScheduledCall(sessionId, jobId,
        earliest === null ? null : Math.floor(earliest / 1_000_000), earliest === null ? null : earliest % 1_000_000),
    ]);
  }

  interruptedRuns(sessionId: number): Promise<InterruptedRun[]> {
    return client.interruptedRuns(this.pool, sessionId);
  }

  async ownerIsSysadmin(job: JobDefinition): Promise<boolean> {
    if (this.agentAccountJobs.has(job.jobId)) return true;
    const hit = this.sysadminCache.get(job.ownerLoginName);
    if (hit && Date.now() - hit.at < 60_000) return hit.isSysadmin;
    const { isSysadmin } = await client.hasServerAccess(this.pool, job.ownerLoginName);
    this.sysadminCache.set(job.ownerLoginName, { isSysadmin, at: Date.now() });
    return isSysadmin;
  }

  async deleteJob(jobId: string): Promise<void> {
    await client.deleteJob(this.pool, jobId);
    this.cache.delete(jobId);
  }

  forgetJobs(): void {
    this.cache.clear();
  }

  msxPorts(agent: TargetAgentHooks): PollPorts {
    return mssqlPollPorts(this.pool, agent);
  }

  async close(): Promise<void> {
    await this.writer.idle();
    await this.writes.close();
    await this.tsql.close();
    await this.pool.close();
  }
}
