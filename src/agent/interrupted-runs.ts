// Runs that an earlier agent session began and never finished: the node (or the agent) was
// killed while a job ran, so no outcome row was written and the old session's sysjobactivity row
// still has a start_execution_date without a stop_execution_date. SQL Server Agent leaves such
// runs as they are; msxd's agent closes them at its next start with a failed outcome row, so
// history and sp_help_job never show a job "executing" that no process runs any more.
import type { Logger } from 'pino';
import type { AgentNode, InterruptedRun } from './node-api';
import type { HistoryRecord } from './runner/job-runner';
import { RUN_STATUS } from '../codes/job-codes';
import { runDate, runTime } from './history/encodings';

/** msxd's own text (SQL Server Agent has none: it writes nothing for such runs). */
export function interruptedRunMessage(run: InterruptedRun): string {
  const last = run.lastStepId > 0 ? `  The last step to run was step ${run.lastStepId} (${run.lastStepName ?? ''}).` : '';
  return `The job failed.  SQLServerAgent ended while the job was running (agent session ${run.sessionId}), ` +
    `so the job did not complete.${last}`;
}

export function interruptedRunRecord(run: InterruptedRun): HistoryRecord {
  return {
    jobId: run.jobId, stepId: 0, stepName: '(Job outcome)', sqlMessageId: 0, sqlSeverity: 0,
    message: interruptedRunMessage(run), runStatus: RUN_STATUS.FAILED,
    runDate: runDate(run.startedAtMs), runTime: runTime(run.startedAtMs), runDuration: 0, retriesAttempted: 0,
  };
}

/** Writes a failed outcome for each interrupted run; returns how many were closed. */
export async function closeInterruptedRuns(node: AgentNode, currentSessionId: number, log: Logger): Promise<number> {
  if (!node.interruptedRuns) return 0;
  const runs = await node.interruptedRuns(currentSessionId);
  for (const run of runs) {
    log.warn({ jobId: run.jobId, session: run.sessionId }, `agent: job '${run.jobName}' was running when the agent ended; recorded as failed`);
    // Written under the old session: sp_sqlagent_log_jobhistory step 0 closes that session's row.
    await node.jobCompleted(run.sessionId, interruptedRunRecord(run), 0);
  }
  return runs.length;
}
