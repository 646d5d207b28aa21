// The sysjobhistory.message texts SQL Server Agent writes (English, two spaces between sentences
// as the agent writes them).
import { RUN_STATUS, type RunStatus } from '../../codes/job-codes';

export function stepMessage(subsystemText: string, succeeded: boolean): string {
  const tail = succeeded ? 'The step succeeded.' : 'The step failed.';
  return subsystemText === '' ? tail : `${subsystemText}  ${tail}`;
}

export const STEP_CANCELED_MESSAGE = 'The step was cancelled (stopped) as the result of a stop job request.';

export interface JobOutcomeFacts {
  readonly status: RunStatus;
  readonly invokedBy: string;
  readonly stoppedBy: string;
  readonly lastStepId: number;
  readonly lastStepName: string;
}

export function jobOutcomeMessage(f: JobOutcomeFacts): string {
  const head = f.status === RUN_STATUS.SUCCEEDED
    ? 'The job succeeded.'
    : f.status === RUN_STATUS.CANCELED
      ? `The job was stopped prior to completion by ${f.stoppedBy}.`
      : 'The job failed.';
  const last = f.lastStepId > 0 ? `  The last step to run was step ${f.lastStepId} (${f.lastStepName}).` : '';
  return `${head}  The Job was invoked by ${f.invokedBy}.${last}`;
}

/** How SQL Server names who asked for a run: "User sa", "Schedule 12 (nightly)", "Alert ...". */
export const invoker = {
  user: (login: string): string => `User ${login}`,
  schedule: (scheduleId: number, name: string): string => `Schedule ${scheduleId} (${name})`,
  startup: (): string => 'Start Sequence',
  alert: (alertId: number, name: string): string => `Alert ${alertId} (${name})`,
} as const;
