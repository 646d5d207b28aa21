SET NOCOUNT ON;
DECLARE @v int, @rc int;
EXEC @rc = master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRows', N'REG_DWORD', 1500;
SELECT @rc AS rc;
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRows', @v OUTPUT;
SELECT @v AS job_history_max_rows;
GO
SET NOCOUNT ON;
CREATE TABLE #r (Value nvarchar(128), Data int);
INSERT INTO #r EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRows';
SELECT Value, Data FROM #r;
GO
SET NOCOUNT ON;
DECLARE @rc int, @rows int, @per_job int;
EXEC @rc = msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 2000, @jobhistory_max_rows_per_job = 150;
SELECT @rc AS rc;
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRows', @rows OUTPUT;
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRowsPerJob', @per_job OUTPUT;
SELECT @rows AS max_rows, @per_job AS per_job;
GO
SET NOCOUNT ON;
DECLARE @v nvarchar(100);
EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'ag_test_value', N'REG_SZ', N'hello agent';
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'ag_test_value', @v OUTPUT;
SELECT @v AS reg_sz;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'MSXPollInterval', N'REG_DWORD', 45;
DECLARE @p int;
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'MSXPollInterval', @p OUTPUT;
SELECT @rc AS rc, @p AS poll;
EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'MSXPollInterval', N'REG_DWORD', 60;
GO
SET NOCOUNT ON;
CREATE TABLE #p (auto_start int, msx_server_name sysname NULL, sqlagent_type int, startup_account nvarchar(100) NULL,
  sqlserver_restart int, jobhistory_max_rows int, jobhistory_max_rows_per_job int, errorlog_file nvarchar(255) NULL,
  errorlogging_level int, error_recipient nvarchar(30) NULL, monitor_autostart int, local_host_server sysname NULL,
  job_shutdown_timeout int, cmdexec_account varbinary(64) NULL, regular_connections int, host_login_name sysname NULL,
  host_login_password varbinary(512) NULL, login_timeout int, idle_cpu_percent int, idle_cpu_duration int,
  oem_errorlog int, sysadmin_only int, email_profile nvarchar(64) NULL, email_save_in_sent_folder int,
  cpu_poller_enabled int, alert_replace_runtime_tokens int);
DECLARE @rc int;
INSERT INTO #p EXEC @rc = msdb.dbo.sp_get_sqlagent_properties;
SELECT @rc AS rc, jobhistory_max_rows, jobhistory_max_rows_per_job, msx_server_name, sqlagent_type, regular_connections,
  host_login_name, host_login_password, sysadmin_only, email_profile, email_save_in_sent_folder FROM #p;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 1000, @jobhistory_max_rows_per_job = 100;
SELECT COUNT(*) AS reset_ok FROM (SELECT 1 AS x) AS t;
GO
