// The agent's status() snapshot (pg-boss toWipData style): plain data, safe to log or serialise.
import type { RunningJob } from './running-jobs';

export interface AgentStatus {
  readonly state: string;
  readonly sessionId: number;
  readonly startedAt: number;
  readonly lastPollAt: number;
  readonly lastError: string | null;
  readonly contiguousErrors: number;
  readonly jobsLoaded: number;
  readonly schedulesLoaded: number;
  readonly nextDueAt: number | null;
  readonly jobsStarted: number;
  readonly jobsCompleted: number;
  readonly refused: number;
  readonly running: readonly { jobId: string; jobName: string; startedAt: number; stepId: number | null; invokedBy: string }[];
}

export interface AgentStats {
  readonly startedAt: number;
  readonly lastPollAt: number;
  readonly lastError: Error | null;
  readonly contiguousErrors: number;
  readonly jobsStarted: number;
  readonly jobsCompleted: number;
  readonly refused: number;
}

export function buildStatus(
  state: string, s: AgentStats, running: readonly RunningJob[], jobs: number, schedules: number, nextDueAt: number | null, sessionId: number,
): AgentStatus {
  return {
    state, sessionId, startedAt: s.startedAt, lastPollAt: s.lastPollAt, lastError: s.lastError?.message ?? null,
    contiguousErrors: s.contiguousErrors, jobsLoaded: jobs, schedulesLoaded: schedules, nextDueAt,
    jobsStarted: s.jobsStarted, jobsCompleted: s.jobsCompleted, refused: s.refused,
    running: running.map((r) => ({ jobId: r.jobId, jobName: r.jobName, startedAt: r.startedAt, stepId: r.currentStepId, invokedBy: r.request.invokedBy })),
  };
}
