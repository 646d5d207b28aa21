// Whom a job outcome is e-mailed to: sysjobs.notify_level_email (0 never, 1 on success,
// 2 on failure, 3 always) and notify_email_operator_id, as in sp_add_job (Transact-SQL).
import { NOTIFY_LEVEL, RUN_STATUS, type RunStatus } from '../../codes/job-codes';
import { onPagerDuty, type PagerSchedule } from './pager-duty';

export interface OperatorRow {
  readonly id: number;
  readonly name: string;
  readonly enabled: boolean;
  readonly emailAddress: string | null;
  /** sysoperators.pager_address (null: never paged) */
  readonly pagerAddress?: string | null;
  /** the on-duty schedule (absent: never paged) */
  readonly pager?: PagerSchedule;
}

/** How a notification reaches an operator: e-mail to email_address, or e-mail to pager_address. */
export type NotifyMethod = 'email' | 'pager';

/** The address a method writes to ('' when the operator has none). */
export function addressFor(op: OperatorRow, method: NotifyMethod): string {
  return ((method === 'pager' ? op.pagerAddress : op.emailAddress) ?? '').trim();
}

/** Enabled, with an address for the method and, for the pager, on duty at `atMs`. */
export function reachable(op: OperatorRow | undefined, method: NotifyMethod, atMs: number): op is OperatorRow {
  if (!op || !op.enabled || addressFor(op, method) === '') return false;
  return method === 'email' || (op.pager !== undefined && onPagerDuty(op.pager, atMs));
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
  readonly notifyLevelPage?: number;
  readonly notifyPageOperatorId?: number;
}

/** The operators to e-mail; disabled operators and operators without an address are skipped. */
export function emailRecipients(job: NotifyFacts, status: RunStatus, operators: ReadonlyMap<number, OperatorRow>): OperatorRow[] {
  if (!levelMatches(job.notifyLevelEmail, status) || job.notifyEmailOperatorId === 0) return [];
  const op = operators.get(job.notifyEmailOperatorId);
  if (!op || !op.enabled || op.emailAddress === null || op.emailAddress.trim() === '') return [];
  return [op];
}

/** The operator to page about a job outcome: notify_level_page matched and the operator is on duty at `atMs`. */
export function pageRecipients(job: NotifyFacts, status: RunStatus, operators: ReadonlyMap<number, OperatorRow>, atMs: number): OperatorRow[] {
  const level = job.notifyLevelPage ?? NOTIFY_LEVEL.NEVER;
  const id = job.notifyPageOperatorId ?? 0;
  if (!levelMatches(level, status) || id === 0) return [];
  const op = operators.get(id);
  return reachable(op, 'pager', atMs) ? [op] : [];
}
