SET NOCOUNT ON;
CREATE CREDENTIAL ag_px_cred WITH IDENTITY = 'ag_px_identity', SECRET = 'Px!Secret1';
CREATE LOGIN ag_px_user WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb;
CREATE USER ag_px_user FOR LOGIN ag_px_user;
ALTER ROLE SQLAgentUserRole ADD MEMBER ag_px_user;
GO
DECLARE @rc int, @id int;
EXEC @rc = msdb.dbo.sp_add_proxy @proxy_name = N'ag_px_proxy', @enabled = 1, @description = N'Maintenance tasks',
  @credential_name = N'ag_px_cred', @proxy_id = @id OUTPUT;
SELECT @rc AS rc, CASE WHEN @id = (SELECT proxy_id FROM msdb.dbo.sysproxies WHERE name = N'ag_px_proxy') THEN 1 ELSE 0 END AS id_returned;
SELECT p.name, p.enabled, p.description, CASE WHEN p.credential_id = c.credential_id THEN 1 ELSE 0 END AS same_credential
FROM msdb.dbo.sysproxies AS p JOIN sys.credentials AS c ON c.name = N'ag_px_cred' WHERE p.name = N'ag_px_proxy';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_proxy @proxy_name = N'ag_px_proxy', @credential_name = N'ag_px_cred'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_proxy @proxy_name = N'ag_px_other', @credential_name = N'ag_px_nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_proxy @proxy_name = N'ag_px_other'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n; END CATCH
GO
EXEC msdb.dbo.sp_help_proxy @proxy_name = N'ag_px_proxy', @subsystem_name = N'CmdExec', @name = N'ag_px_user';
GO
SET NOCOUNT ON;
CREATE TABLE #p (proxy_id int, name sysname, credential_identity sysname NULL, enabled tinyint, description nvarchar(1024) NULL,
  user_sid varbinary(85) NULL, credential_id int, credential_identity_exists int);
INSERT INTO #p EXEC msdb.dbo.sp_help_proxy @proxy_name = N'ag_px_proxy';
SELECT name, credential_identity, enabled, description, credential_identity_exists FROM #p;
DROP TABLE #p;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_proxy @subsystem_name = N'CmdExec'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_proxy @proxy_name = N'ag_px_nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_grant_proxy_to_subsystem @proxy_name = N'ag_px_proxy', @subsystem_name = N'CmdExec';
SELECT @rc AS rc;
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_proxy_to_subsystem @proxy_name = N'ag_px_proxy', @subsystem_id = 3; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_proxy_to_subsystem @proxy_name = N'ag_px_proxy', @subsystem_name = N'TSQL'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_proxy_to_subsystem @proxy_name = N'ag_px_proxy', @subsystem_name = N'ag_px_nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
EXEC msdb.dbo.sp_enum_proxy_for_subsystem @proxy_name = N'ag_px_proxy', @subsystem_name = N'PowerShell';
GO
SET NOCOUNT ON;
CREATE TABLE #s (subsystem_id int, subsystem_name sysname, proxy_id int, proxy_name sysname);
INSERT INTO #s EXEC msdb.dbo.sp_enum_proxy_for_subsystem @proxy_name = N'ag_px_proxy';
SELECT subsystem_id, subsystem_name, proxy_name FROM #s;
DROP TABLE #s;
SELECT COUNT(*) AS granted FROM msdb.dbo.sysproxysubsystem AS ps JOIN msdb.dbo.sysproxies AS p ON p.proxy_id = ps.proxy_id
WHERE p.name = N'ag_px_proxy' AND ps.subsystem_id = 3;
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_grant_login_to_proxy @login_name = N'ag_px_user', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_grant_login_to_proxy @msdb_role = N'SQLAgentOperatorRole', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc;
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_login_to_proxy @login_name = N'ag_px_user', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_grant_login_to_proxy @login_name = N'sa', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysproxylogin AS l JOIN msdb.dbo.sysproxies AS p ON p.proxy_id = l.proxy_id
  WHERE p.name = N'ag_px_proxy' AND l.sid = SUSER_SID(N'sa')) AS sa_rows;
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_grant_login_to_proxy @fixed_server_role = N'sysadmin', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc;
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_login_to_proxy @fixed_server_role = N'ag_px_norole', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_login_to_proxy @login_name = N'ag_px_user', @proxy_id = 1, @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_login_to_proxy @login_name = N'ag_px_nobody', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_grant_login_to_proxy @login_name = N'ag_px_user', @msdb_role = N'SQLAgentUserRole', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_enum_login_for_proxy @name = N'ag_px_nobody'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
EXEC msdb.dbo.sp_enum_login_for_proxy @name = N'SQLAgentReaderRole';
GO
SET NOCOUNT ON;
CREATE TABLE #l (proxy_id int, proxy_name sysname, flags int, name sysname NULL, sid varbinary(85) NULL, principal_id int NULL);
INSERT INTO #l EXEC msdb.dbo.sp_enum_login_for_proxy @proxy_name = N'ag_px_proxy';
SELECT proxy_name, flags, name, CASE WHEN flags = 2 THEN CASE WHEN principal_id = (SELECT principal_id FROM msdb.sys.database_principals WHERE name = N'SQLAgentOperatorRole') THEN 1 ELSE 0 END ELSE CASE WHEN sid = SUSER_SID(name) THEN 1 ELSE 0 END END AS id_ok FROM #l ORDER BY flags;
DROP TABLE #l;
GO
SET NOCOUNT ON;
CREATE TABLE #p (proxy_id int, name sysname, credential_identity sysname NULL, enabled tinyint, description nvarchar(1024) NULL,
  user_sid varbinary(85) NULL, credential_id int, credential_identity_exists int);
INSERT INTO #p EXEC msdb.dbo.sp_help_proxy @subsystem_name = N'CmdExec', @name = N'ag_px_user';
INSERT INTO #p EXEC msdb.dbo.sp_help_proxy @subsystem_name = N'PowerShell', @name = N'ag_px_user';
SELECT name FROM #p;
DROP TABLE #p;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_px_job';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_px_user_job', @owner_login_name = N'ag_px_user';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_px_job', @step_name = N't', @subsystem = N'TSQL', @command = N'SELECT 1', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_px_job', @step_name = N'c', @subsystem = N'CmdExec', @command = N'true', @proxy_name = N'ag_px_nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_px_job', @step_name = N'p', @subsystem = N'PowerShell', @command = N'1', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_px_job', @step_name = N'c', @subsystem = N'CmdExec', @command = N'true', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_px_user_job', @step_name = N'c', @subsystem = N'CmdExec', @command = N'true', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
CREATE TABLE #j (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max) NULL, flags int, cmdexec_success_code int,
  on_success_action tinyint, on_success_step_id int, on_fail_action tinyint, on_fail_step_id int, server sysname NULL,
  database_name sysname NULL, database_user_name sysname NULL, retry_attempts int, retry_interval int, os_run_priority int,
  output_file_name nvarchar(200) NULL, last_run_outcome int, last_run_duration int, last_run_retries int, last_run_date int,
  last_run_time int, proxy_id int NULL);
INSERT INTO #j EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_px_job';
SELECT step_id, step_name, subsystem, CASE WHEN proxy_id = (SELECT proxy_id FROM msdb.dbo.sysproxies WHERE name = N'ag_px_proxy') THEN 1 ELSE 0 END AS uses_proxy FROM #j;
DROP TABLE #j;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_proxy @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_revoke_login_from_proxy @name = N'ag_px_user', @proxy_name = N'ag_px_proxy';
SELECT @rc AS rc;
GO
BEGIN TRY EXEC msdb.dbo.sp_revoke_login_from_proxy @name = N'ag_px_user', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_px_user_job', @step_name = N'c2', @subsystem = N'CmdExec', @command = N'true', @proxy_name = N'ag_px_proxy'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_revoke_proxy_from_subsystem @proxy_name = N'ag_px_proxy', @subsystem_name = N'PowerShell'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_proxy @proxy_name = N'ag_px_proxy', @new_name = N'ag_px_renamed', @enabled = 0, @description = N'Disabled';
SELECT @rc AS rc;
SELECT name, enabled, description FROM msdb.dbo.sysproxies WHERE name LIKE N'ag[_]px[_]%';
EXEC @rc = msdb.dbo.sp_grant_login_to_proxy @login_name = N'ag_px_user', @proxy_name = N'ag_px_renamed';
SELECT @rc AS rc;
GO
-- connect: login=ag_px_user password=Str0ng!Passw0rd database=msdb
BEGIN TRY EXEC msdb.dbo.sp_add_proxy @proxy_name = N'ag_px_mine', @credential_name = N'ag_px_cred'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #p (proxy_id int, name sysname, credential_identity int NULL, enabled tinyint, description nvarchar(512) NULL,
  user_sid int NULL, credential_id int, credential_identity_exists int NULL);
INSERT INTO #p EXEC msdb.dbo.sp_help_proxy;
SELECT name, credential_identity, enabled, description, user_sid, credential_identity_exists FROM #p;
DROP TABLE #p;
GO
-- connect: login=sa
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_px_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_px_user_job';
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_revoke_proxy_from_subsystem @proxy_name = N'ag_px_renamed', @subsystem_name = N'CmdExec';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_delete_proxy @proxy_name = N'ag_px_renamed';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysproxies WHERE name LIKE N'ag[_]px[_]%') AS proxies,
  (SELECT COUNT(*) FROM msdb.dbo.sysproxylogin) AS logins, (SELECT COUNT(*) FROM msdb.dbo.sysproxysubsystem) AS subsystems;
USE msdb;
DROP USER ag_px_user;
DROP CREDENTIAL ag_px_cred;
GO
