SET NOCOUNT ON;
CREATE TABLE #agent_props (auto_start int, msx_server_name sysname NULL, sqlagent_type int, startup_account nvarchar(100) NULL,
  sqlserver_restart int, jobhistory_max_rows int, jobhistory_max_rows_per_job int, errorlog_file nvarchar(255) NULL,
  errorlogging_level int, error_recipient nvarchar(30) NULL, monitor_autostart int, local_host_server sysname NULL,
  job_shutdown_timeout int, cmdexec_account varbinary(64) NULL, regular_connections int, host_login_name sysname NULL,
  host_login_password varbinary(512) NULL, login_timeout int, idle_cpu_percent int, idle_cpu_duration int,
  oem_errorlog int, sysadmin_only int, email_profile nvarchar(64) NULL, email_save_in_sent_folder int,
  cpu_poller_enabled int, alert_replace_runtime_tokens int);
INSERT INTO #agent_props EXEC msdb.dbo.sp_get_sqlagent_properties;
SELECT CASE WHEN errorlog_file IS NULL THEN 'null'
            WHEN RIGHT(errorlog_file, 13) IN (N'\SQLAGENT.OUT', N'/SQLAGENT.OUT') THEN 'SQLAGENT.OUT'
            ELSE 'other' END AS errorlog_file
FROM #agent_props;
