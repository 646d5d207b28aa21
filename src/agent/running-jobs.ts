// At most one running instance per job ("A SQL Server instance can only run one instance of a
// job at a time"): a second request is refused with the agent's text naming both requesters.
import { agentText } from './agent-messages';
import type { RunRequestedSource } from '../codes/job-codes';
import type { AlertTokenValues } from './runner/tokens';

/** Who asked for a run: `by` in 22022 ("User sa", "Schedule 17"), `invokedBy` in history. */
export interface RunRequest {
  readonly source: RunRequestedSource;
  readonly by: string;
  readonly invokedBy: string;
  readonly stepName?: string | null;
  /**
   * A run started by an alert: the values of its A-* tokens, and whether the Agent replaces them
   * ("Replace tokens for all job responses to alerts", read when the alert responded).
   */
  readonly alert?: { readonly values: AlertTokenValues; readonly replaceTokens: boolean };
}

export interface RunningJob {
  readonly jobId: string;
  readonly jobName: string;
  readonly request: RunRequest;
  readonly startedAt: number;
  readonly controller: AbortController;
  stoppedBy: string | null;
  currentStepId: number | null;
}

export type Claim = { readonly ok: true; readonly running: RunningJob } | { readonly ok: false; readonly message: string };

export class RunningJobs {
  private readonly byJob = new Map<string, RunningJob>();

  claim(jobId: string, jobName: string, request: RunRequest, nowMs: number): Claim {
    const current = this.byJob.get(jobId);
    if (current) return { ok: false, message: agentText('alreadyRunning', jobName, request.by, current.request.by) };
    const running: RunningJob = {
      jobId, jobName, request, startedAt: nowMs, controller: new AbortController(), stoppedBy: null, currentStepId: null,
    };
    this.byJob.set(jobId, running);
    return { ok: true, running };
  }

  release(running: RunningJob): void {
    if (this.byJob.get(running.jobId) === running) this.byJob.delete(running.jobId);
  }

  /** sp_stop_job: aborts the running instance; false when the job is not running. */
  stop(jobId: string, stoppedBy: string): boolean {
    const running = this.byJob.get(jobId);
    if (!running) return false;
    running.stoppedBy ??= stoppedBy;
    running.controller.abort();
    return true;
  }

  stopAll(stoppedBy: string): void {
    for (const jobId of [...this.byJob.keys()]) this.stop(jobId, stoppedBy);
  }

  isRunning(jobId: string): boolean {
    return this.byJob.has(jobId);
  }

  list(): RunningJob[] {
    return [...this.byJob.values()];
  }

  get size(): number {
    return this.byJob.size;
  }
}
