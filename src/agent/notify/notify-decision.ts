// Whom a job outcome is e-mailed to: sysjobs.notify_level_email (0 never, 1 on success,
// 2 on failure, 3 always) and notify_email_operator_id, as in sp_add_job (Transact-SQL).
import { NOTIFY_LEVEL, RUN_STATUS, type RunStatus } from '../../codes/job-codes';

export interface OperatorRow {
  readonly id: number;
  readonly name: string;
  readonly enabled: boolean;
  readonly emailAddress: string | null;
}

/**
 * A canceled run is neither a success nor a failure: only "always" reports it (SQL Server
 * Agent's "when the job completes").
 */
export function levelMatches(level: number, status: RunStatus): boolean {
  switch (level) {
    case NOTIFY_LEVEL.ALWAYS: return true;
    case NOTIFY_LEVEL.ON_SUCCESS: return status === RUN_STATUS.SUCCEEDED;
    case NOTIFY_LEVEL.ON_FAILURE: return status === RUN_STATUS.FAILED;
    default: return false;
  }
}

export interface NotifyFacts {
  readonly notifyLevelEmail: number;
  readonly notifyEmailOperatorId: number;
}

/** The operators to e-mail; disabled operators and operators without an address are skipped. */
export function emailRecipients(job: NotifyFacts, status: RunStatus, operators: ReadonlyMap<number, OperatorRow>): OperatorRow[] {
  if (!levelMatches(job.notifyLevelEmail, status) || job.notifyEmailOperatorId === 0) return [];
  const op = operators.get(job.notifyEmailOperatorId);
  if (!op || !op.enabled || op.emailAddress === null || op.emailAddress.trim() === '') return [];
  return [op];
}
