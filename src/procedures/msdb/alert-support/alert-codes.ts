// Values of sysalerts / sysnotifications that the alert procedures share (sp_add_alert (Transact-SQL),
// dbo.sysalerts, dbo.sysnotifications).

/** syscategories id of the alert category '[Uncategorized]' */
export const ALERT_CATEGORY_DEFAULT = 98;

/** sysalerts.event_id of a WMI event alert (database_name holds the namespace, performance_condition the query) */
export const WMI_EVENT_ID = 8;

/** sysnotifications.notification_method bits; sysalerts.has_notification is their OR over the alert's rows */
export const NOTIFICATION_METHOD = { EMAIL: 1, PAGER: 2, NETSEND: 4 } as const;
export const ALL_NOTIFICATION_METHODS = 7;

/** sysalerts.job_id when the alert starts no job */
export const NO_JOB_ID = '00000000-0000-0000-0000-000000000000';

/** sp_help_alert's `type`: 1 SQL Server event, 2 performance condition, 4 WMI event */
export const ALERT_TYPE = { EVENT: 1, PERFORMANCE: 2, WMI: 4 } as const;
