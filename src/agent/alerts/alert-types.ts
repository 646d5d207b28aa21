// What the agent knows of an alert (sp_help_alert's row and the operators sp_help_notification
// names for e-mail), of a logged error (sp_msxd_agent_logged_errors' row) and of a performance
// counter (a row of msdb.dbo.sysalerts_performance_counters_view).
import type { PerformanceCondition } from '../../codes/performance-condition';

export interface AlertDefinition {
  readonly id: number;
  readonly name: string;
  readonly enabled: boolean;
  /** 0: the alert watches a severity (or a performance condition / WMI query) instead */
  readonly messageId: number;
  /** 0: the alert watches a message id */
  readonly severity: number;
  /** seconds; 0 = respond to every occurrence */
  readonly delayBetweenResponses: number;
  readonly notificationMessage: string | null;
  /** bits 1 e-mail, 2 pager, 4 net send: where the error's text is included */
  readonly includeEventDescription: number;
  readonly databaseName: string | null;
  readonly eventDescriptionKeyword: string | null;
  /** null: no job */
  readonly jobId: string | null;
  readonly jobName: string | null;
  /** sysalerts.last_response_date/time as epoch ms of the agent's civil clock (0: never) */
  readonly lastResponseMs: number;
  /** a SQL Server event alert (sp_help_alert type 1): fires on logged errors */
  readonly isEventAlert: boolean;
  /** a performance-condition alert (type 2) whose condition parses; null otherwise (WMI alerts never fire) */
  readonly condition: PerformanceCondition | null;
  /** operators notified by e-mail (sysnotifications.notification_method & 1) */
  readonly emailOperatorIds: readonly number[];
  /** operators paged (notification_method & 2): an e-mail to pager_address while on duty; absent = none */
  readonly pagerOperatorIds?: readonly number[];
}

export interface LoggedEvent {
  readonly logId: number;
  readonly messageId: number;
  readonly severity: number;
  readonly state: number;
  readonly message: string;
  readonly databaseName: string;
  readonly loggedDate: number;
  readonly loggedTime: number;
}

/** one counter as the view has it: object without its prefix, names right-trimmed */
export interface CounterSample {
  readonly objectName: string;
  readonly counterName: string;
  readonly instanceName: string;
  readonly value: number;
  readonly type: number;
}

/** a performance condition found true at a sample */
export interface PerformanceEvent {
  readonly condition: PerformanceCondition;
  /** the compared value: the raw count, or a "/sec" counter's rate between two samples */
  readonly observed: number;
  readonly date: number;
  readonly time: number;
}

/** what an alert occurred on */
export type AlertOccurrence =
  | { readonly kind: 'error'; readonly event: LoggedEvent }
  | { readonly kind: 'performance'; readonly event: PerformanceEvent };
