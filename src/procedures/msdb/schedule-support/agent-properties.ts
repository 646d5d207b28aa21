// The SQL Server Agent properties of sp_get_sqlagent_properties / sp_set_sqlagent_properties:
// each is a registry value under AGENT_KEY (the names SQL Server's procedures use), its result
// column and type, and the value SQL Server reports when the registry has none.
import type { SqlType } from '../../../types/sql-type';

export interface AgentProperty {
  /** result column of sp_get_sqlagent_properties, and sp_set's parameter without '@' (unless `parameter`) */
  readonly column: string;
  readonly type: SqlType;
  /** registry value name; undefined = computed, not stored */
  readonly valueName?: string;
  readonly fallback: number | string | null;
  /** sp_set_sqlagent_properties's parameter when it differs from the column */
  readonly parameter?: string;
}

const INT: SqlType = { kind: 'int' };
const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
const nv = (length: number): SqlType => ({ kind: 'nvarchar', length });
const vb = (length: number): SqlType => ({ kind: 'varbinary', length });

/** In sp_get_sqlagent_properties's column order (SMO's #tmp_sp_get_sqlagent_properties). */
export const AGENT_PROPERTIES: readonly AgentProperty[] = [
  { column: 'auto_start', type: INT, valueName: 'AutoStart', fallback: 1 },
  { column: 'msx_server_name', type: SYSNAME, fallback: null },
  { column: 'sqlagent_type', type: INT, fallback: 1 },
  { column: 'startup_account', type: nv(100), fallback: null },
  { column: 'sqlserver_restart', type: INT, valueName: 'RestartSQLServer', fallback: 1 },
  { column: 'jobhistory_max_rows', type: INT, valueName: 'JobHistoryMaxRows', fallback: 1000 },
  { column: 'jobhistory_max_rows_per_job', type: INT, valueName: 'JobHistoryMaxRowsPerJob', fallback: 100 },
  { column: 'errorlog_file', type: nv(255), valueName: 'ErrorLogFile', fallback: null },
  { column: 'errorlogging_level', type: INT, valueName: 'ErrorLoggingLevel', fallback: 3 },
  { column: 'error_recipient', type: nv(30), valueName: 'ErrorMonitor', fallback: null },
  { column: 'monitor_autostart', type: INT, valueName: 'MonitorAutoStart', fallback: 0 },
  { column: 'local_host_server', type: SYSNAME, valueName: 'LocalHostServer', fallback: null },
  { column: 'job_shutdown_timeout', type: INT, valueName: 'JobShutdownTimeout', fallback: 15 },
  { column: 'cmdexec_account', type: vb(64), fallback: null },
  { column: 'regular_connections', type: INT, valueName: 'RegularConnections', fallback: 0 },
  { column: 'host_login_name', type: SYSNAME, valueName: 'HostLoginID', fallback: null },
  { column: 'host_login_password', type: vb(512), fallback: null },
  { column: 'login_timeout', type: INT, valueName: 'LoginTimeout', fallback: 30 },
  { column: 'idle_cpu_percent', type: INT, valueName: 'IdleCPUPercent', fallback: 10 },
  { column: 'idle_cpu_duration', type: INT, valueName: 'IdleCPUDuration', fallback: 600 },
  { column: 'oem_errorlog', type: INT, valueName: 'OemErrorLog', fallback: 0 },
  { column: 'sysadmin_only', type: nv(64), fallback: null },
  { column: 'email_profile', type: nv(64), valueName: 'EmailProfile', fallback: null },
  { column: 'email_save_in_sent_folder', type: INT, valueName: 'EmailSaveSent', fallback: 0 },
  { column: 'cpu_poller_enabled', type: INT, valueName: 'CpuPollerEnabled', fallback: 0 },
  { column: 'replace_alert_tokens_enabled', type: INT, valueName: 'AlertReplaceRuntimeTokens', fallback: 0, parameter: 'alert_replace_runtime_tokens' },
];

/** sp_set_sqlagent_properties parameters that are registry values only (not result columns) */
export const EXTRA_SETTINGS: readonly AgentProperty[] = [
  { column: 'use_databasemail', type: INT, valueName: 'UseDatabaseMail', fallback: 0 },
  { column: 'databasemail_profile', type: SYSNAME, valueName: 'DatabaseMailProfile', fallback: null },
];
