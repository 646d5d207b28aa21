// The application-event-log entry SQL Server Agent writes for a job outcome when
// sysjobs.notify_level_eventlog matches (sp_add_job's default: 2, on failure): source
// SQLSERVERAGENT, event 208, level Warning for a failure and Information otherwise, text
// "SQL Server Scheduled Job '<name>' (0x<job_id bytes>) - Status: Failed - Invoked on:
// 2018-08-21 09:49:07 - Message: <the outcome message>" (as seen in event logs SQL Server wrote).
// msxd writes it into the node's error log (sp_msxd_agent_log_event), read with xp_readerrorlog.
import { RUN_STATUS, type RunStatus } from '../../codes/job-codes';
import { jobIdToken } from '../runner/token-context';

export const JOB_OUTCOME_EVENT_ID = 208;

/** Windows event types (EVENTLOG_*_TYPE) */
export const EVENT_TYPE = { error: 1, warning: 2, information: 4 } as const;
export type EventType = (typeof EVENT_TYPE)[keyof typeof EVENT_TYPE];

export interface JobEventFacts {
  readonly jobId: string;
  readonly jobName: string;
  readonly status: RunStatus;
  /** the run's start (the agent's civil clock, UTC fields) */
  readonly startedAt: number;
  readonly message: string;
}

export interface JobEvent {
  readonly eventId: number;
  readonly eventType: EventType;
  readonly text: string;
}

export function jobOutcomeEvent(f: JobEventFacts): JobEvent {
  const d = new Date(f.startedAt);
  const p = (n: number): string => String(n).padStart(2, '0');
  const invoked = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  return {
    eventId: JOB_OUTCOME_EVENT_ID,
    eventType: f.status === RUN_STATUS.FAILED ? EVENT_TYPE.warning : EVENT_TYPE.information,
    text: `SQL Server Scheduled Job '${f.jobName}' (${jobIdToken(f.jobId)}) - Status: ${statusWord(f.status)} - Invoked on: ${invoked} - Message: ${f.message}`,
  };
}

/** "Cancelled" is a guess: no canceled job's event-log entry was found to confirm the word. */
function statusWord(s: RunStatus): string {
  switch (s) {
    case RUN_STATUS.SUCCEEDED: return 'Succeeded';
    case RUN_STATUS.FAILED: return 'Failed';
    case RUN_STATUS.RETRY: return 'Retry';
    case RUN_STATUS.CANCELED: return 'Cancelled';
    case RUN_STATUS.IN_PROGRESS: return 'In progress';
    default: {
      const never: never = s;
      return String(never);
    }
  }
}
