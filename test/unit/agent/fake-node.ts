import type { AgentJob, AgentNode, AgentNotification, StartupInfo } from '../../../src/agent/node-api';
import type { RunRequestedSource } from '../../../src/codes/job-codes';
import type { HistoryRecord } from '../../../src/agent/runner/job-runner';
import type { OperatorRow } from '../../../src/agent/notify/notify-decision';
import type { TsqlExecutor } from '../../../src/agent/subsystems/tsql-subsystem';
import type { Clock } from '../../../src/agent/clock';

/** An in-memory stand-in for the node's msdb procedures (the agent's own logic under test). */
export class FakeNode implements AgentNode {
  jobs: AgentJob[] = [];
  operators: OperatorRow[] = [];
  readonly pending: AgentNotification[] = [];
  readonly calls: string[] = [];
  readonly steps: HistoryRecord[] = [];
  readonly outcomes: { record: HistoryRecord; emailed: number }[] = [];
  readonly nextRuns = new Map<string, [number, number]>();
  failFetches = 0;
  closed = false;
  readonly tsql: TsqlExecutor = {
    executedAs: 'agent',
    runBatch: () => Promise.resolve({ messages: [], error: null }),
  };
  sysadminOwners = true;
  ownerIsSysadmin(): Promise<boolean> {
    return Promise.resolve(this.sysadminOwners);
  }

  startupInfo(): Promise<StartupInfo> {
    this.calls.push('startupInfo');
    return Promise.resolve({ serverName: 'NODE1', msdbAvailable: true, msdbReadOnly: false });
  }
  startSession(): Promise<number> {
    this.calls.push('startSession');
    return Promise.resolve(7);
  }
  loadJobs(): Promise<AgentJob[]> {
    this.calls.push('loadJobs');
    return Promise.resolve(this.jobs);
  }
  loadOperators(): Promise<OperatorRow[]> {
    return Promise.resolve(this.operators);
  }
  fetchNotifications(): Promise<AgentNotification[]> {
    if (this.failFetches > 0) {
      this.failFetches--;
      return Promise.reject(new Error('connection lost'));
    }
    return Promise.resolve(this.pending.splice(0));
  }
  jobRequested(_s: number, jobId: string, source: RunRequestedSource): Promise<void> {
    this.calls.push(`requested ${jobId} ${source}`);
    return Promise.resolve();
  }
  jobStarted(_s: number, jobId: string): Promise<void> {
    this.calls.push(`started ${jobId}`);
    return Promise.resolve();
  }
  stepCompleted(_s: number, record: HistoryRecord): Promise<void> {
    this.steps.push(record);
    return Promise.resolve();
  }
  jobCompleted(_s: number, record: HistoryRecord, emailed: number): Promise<void> {
    this.outcomes.push({ record, emailed });
    return Promise.resolve();
  }
  readonly deleted: string[] = [];
  deleteJob(jobId: string): Promise<void> {
    this.deleted.push(jobId);
    this.jobs = this.jobs.filter((j) => j.job.jobId !== jobId);
    return Promise.resolve();
  }
  nextScheduledRun(_s: number, jobId: string, scheduleId: number, d: number, t: number): Promise<void> {
    this.nextRuns.set(`${jobId}/${scheduleId}`, [d, t]);
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

/** A clock that only moves when the test says so; sleeps wake at their deadline or on abort. */
export class ManualClock implements Clock {
  private waiters: { at: number; resolve: () => void }[] = [];
  constructor(public ms = Date.parse('2026-01-05T10:00:00Z')) {}
  now(): number {
    return this.ms;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (ms <= 0 || signal?.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const w = { at: this.ms + ms, resolve };
      this.waiters.push(w);
      signal?.addEventListener('abort', () => { this.waiters = this.waiters.filter((x) => x !== w); resolve(); }, { once: true });
    });
  }
  async advance(ms: number): Promise<void> {
    this.ms += ms;
    const due = this.waiters.filter((w) => w.at <= this.ms);
    this.waiters = this.waiters.filter((w) => w.at > this.ms);
    for (const w of due) w.resolve();
    await settle();
  }
}

export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
}
