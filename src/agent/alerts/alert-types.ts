// What the agent knows of an alert (sp_help_alert's row and the operators sp_help_notification
// names for e-mail) and of a logged error (sp_msxd_agent_logged_errors' row).

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
  /** performance-condition and WMI alerts (type 2, 4) never fire here */
  readonly isEventAlert: boolean;
  /** operators notified by e-mail (sysnotifications.notification_method & 1) */
  readonly emailOperatorIds: readonly number[];
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
