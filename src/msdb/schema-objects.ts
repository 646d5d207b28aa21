// The msdb objects the scripts in sql/ create (all in schema dbo), for code that needs the list
// without reading the scripts: tests, catalogue flags (is_ms_shipped), permission checks.

/** SQL Server's own Agent tables, with its columns (test/unit/msdb/msdb-columns.txt) */
export const MSDB_AGENT_TABLES = [
  'sqlagent_info', 'syscategories', 'sysoperators', 'sysalerts', 'sysnotifications',
  'sysoriginatingservers', 'systargetservers', 'systargetservergroups', 'systargetservergroupmembers',
  'sysdownloadlist', 'sysjobs', 'sysjobservers', 'sysjobsteps', 'sysjobstepslogs', 'sysschedules',
  'sysjobschedules', 'syssessions', 'sysjobactivity', 'sysjobhistory', 'syssubsystems', 'sysproxies',
] as const;

/** SQL Server's Agent proxy tables (sql/0013): a proxy's subsystems and the principals that may use it */
export const MSDB_PROXY_TABLES = ['sysproxysubsystem', 'sysproxylogin'] as const;

/** SQL Server's Database Mail configuration tables (sql/0009), in creation order */
export const MSDB_MAIL_TABLES = [
  'sysmail_profile', 'sysmail_account', 'sysmail_profileaccount', 'sysmail_servertype', 'sysmail_server',
] as const;

/** SQL Server's Database Mail queue and log tables (sql/0012), in creation order */
export const MSDB_MAIL_QUEUE_TABLES = ['sysmail_mailitems', 'sysmail_log'] as const;

/** SQL Server's Database Mail views (sql/0012) */
export const MSDB_MAIL_VIEWS = [
  'sysmail_allitems', 'sysmail_sentitems', 'sysmail_unsentitems', 'sysmail_faileditems', 'sysmail_event_log',
] as const;

/** SQL Server's Database Mail parameter and attachment tables (sql/0015), in creation order */
export const MSDB_MAIL_ATTACHMENT_TABLES = ['sysmail_configuration', 'sysmail_attachments'] as const;

/** SQL Server's view of the attachments (sql/0015) */
export const MSDB_MAIL_ATTACHMENT_VIEWS = ['sysmail_mailattachments'] as const;

/** Database Mail's role (sql/0012): sp_send_dbmail and the mail views; it owns a schema of its name */
export const MSDB_MAIL_ROLES = ['DatabaseMailUserRole'] as const;

/** SQL Server's backup and restore history tables (sql/0011), in creation order */
export const MSDB_BACKUP_TABLES = [
  'backupmediaset', 'backupmediafamily', 'backupset', 'backupfile', 'restorehistory',
] as const;

/**
 * msxd's own msdb tables (no SQL Server counterpart; named msxd_*): Agent settings SQL Server keeps
 * in the registry, the agent's notification queue, the login that enlisted each target.
 */
export const MSXD_MSDB_TABLES = ['msxd_agent_settings', 'msxd_agent_notifications', 'msxd_target_logins'] as const;

export const MSDB_AGENT_VIEWS = [
  'sysoriginatingservers_view', 'sysjobs_view', 'systargetservers_view', 'sysschedules_localserver_view',
] as const;

/** SQL Server's view of the proxy tables (sql/0013) */
export const MSDB_PROXY_VIEWS = ['sysproxyloginsubsystem_view'] as const;
/** SQL Server's view of the counters performance-condition alerts name (sql/0014) */
export const MSDB_ALERT_VIEWS = ['sysalerts_performance_counters_view'] as const;

/** SQL Server's scalar functions in msdb (sql/0010); no permission is granted on them, as there */
export const MSDB_AGENT_FUNCTIONS = ['agent_datetime'] as const;

/**
 * Every object the scripts create, all flagged is_ms_shipped = 1 as in SQL Server (apply.ts).
 * msxd's own msxd_* tables too: the product ships them like SQL Server ships its internal msdb
 * tables, and a DBA's "user objects" query (is_ms_shipped = 0) is about what users created.
 */
export const MSDB_SHIPPED_OBJECTS: readonly string[] = [
  ...MSDB_AGENT_TABLES, ...MSDB_MAIL_TABLES, ...MSDB_MAIL_QUEUE_TABLES, ...MSDB_MAIL_VIEWS, ...MSDB_BACKUP_TABLES, ...MSXD_MSDB_TABLES, ...MSDB_AGENT_VIEWS, ...MSDB_ALERT_VIEWS, ...MSDB_AGENT_FUNCTIONS,
  ...MSDB_PROXY_TABLES, ...MSDB_PROXY_VIEWS, ...MSDB_MAIL_ATTACHMENT_TABLES, ...MSDB_MAIL_ATTACHMENT_VIEWS,
];

/** database roles; each owns a schema of the same name */
export const MSDB_AGENT_ROLES = [
  'SQLAgentUserRole', 'SQLAgentReaderRole', 'SQLAgentOperatorRole', 'TargetServersRole',
] as const;

/** role nesting: [role, member] — each role has the permissions of the roles it is a member of */
export const MSDB_AGENT_ROLE_MEMBERS: readonly (readonly [string, string])[] = [
  ['SQLAgentUserRole', 'SQLAgentReaderRole'],
  ['SQLAgentReaderRole', 'SQLAgentOperatorRole'],
];
