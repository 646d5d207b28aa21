SET NOCOUNT ON;
CREATE LOGIN ag_su_login WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN ag_su_agent WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER ag_su_user FOR LOGIN ag_su_login;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_su_job';
USE msdb;
CREATE USER ag_su_agent FOR LOGIN ag_su_agent;
ALTER ROLE SQLAgentUserRole ADD MEMBER ag_su_agent;
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'as_user', @command = N'SELECT USER_NAME()',
  @database_name = N'tsql_agent_jobstep_user', @database_user_name = N'  ag_su_user  ', @os_run_priority = -15;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'windows_user', @command = N'SELECT 1',
  @database_name = N'tsql_agent_jobstep_user', @database_user_name = N'NODOMAIN\nobody', @os_run_priority = 15;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'shell', @subsystem = N'CmdExec', @command = N'echo 1',
  @database_name = N'tsql_agent_jobstep_user', @database_user_name = N'ag_su_user', @os_run_priority = 1;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'plain', @command = N'SELECT 2';
SELECT @rc AS rc;
SELECT step_id, step_name, subsystem, database_name, database_user_name, os_run_priority FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_su_job') ORDER BY step_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'nouser', @command = N'SELECT 1',
  @database_name = N'tsql_agent_jobstep_user', @database_user_name = N'ag_su_nobody'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'masteruser', @command = N'SELECT 1',
  @database_user_name = N'ag_su_user'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_su_job', @step_name = N'badprio', @command = N'SELECT 1', @os_run_priority = 2; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #st (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max), flags int,
  cmdexec_success_code int, on_success_action tinyint, on_success_step_id int, on_fail_action tinyint,
  on_fail_step_id int, server sysname NULL, database_name sysname NULL, database_user_name sysname NULL, retry_attempts int,
  retry_interval int, os_run_priority int, output_file_name nvarchar(200), last_run_outcome int,
  last_run_duration int, last_run_retries int, last_run_date int, last_run_time int, proxy_id int);
INSERT INTO #st EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_su_job';
SELECT step_id, step_name, database_user_name, os_run_priority FROM #st ORDER BY step_id;
CREATE TABLE #sx (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max), flags nvarchar(4000),
  cmdexec_success_code int, on_success_action nvarchar(4000), on_success_step_id int, on_fail_action nvarchar(4000),
  on_fail_step_id int, server sysname NULL, database_name sysname NULL, database_user_name sysname NULL, retry_attempts int,
  retry_interval int, os_run_priority nvarchar(4000), output_file_name nvarchar(200), last_run_outcome int,
  last_run_duration int, last_run_retries int, last_run_date int, last_run_time int, proxy_id int);
INSERT INTO #sx EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_su_job', @suffix = 1;
SELECT step_id, database_user_name, LEFT(os_run_priority, CHARINDEX(N' ', os_run_priority) - 1) AS priority_number FROM #sx ORDER BY step_id;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_jobstep @job_name = N'ag_su_job', @step_id = 4, @database_name = N'tsql_agent_jobstep_user',
  @database_user_name = N'ag_su_user', @os_run_priority = -1;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_update_jobstep @job_name = N'ag_su_job', @step_id = 1, @database_user_name = N'';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_update_jobstep @job_name = N'ag_su_job', @step_id = 2, @command = N'SELECT 3';
SELECT @rc AS rc;
SELECT step_id, database_user_name, os_run_priority FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_su_job') ORDER BY step_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_su_job', @step_id = 1, @database_user_name = N'ag_su_nobody'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_su_job', @step_id = 1, @os_run_priority = 3; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=ag_su_agent password=Str0ng!Passw0rd database=msdb
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_su_agent_job';
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_su_agent_job', @step_name = N'mine', @command = N'SELECT 1',
  @database_name = N'tsql_agent_jobstep_user', @database_user_name = N'ag_su_user'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_su_agent_job', @step_name = N'mine', @command = N'SELECT 1',
  @database_name = N'tsql_agent_jobstep_user', @os_run_priority = 1;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_update_jobstep @job_name = N'ag_su_agent_job', @step_id = 1, @database_user_name = N'ag_su_user';
SELECT @rc AS rc;
CREATE TABLE #mine (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max), flags int,
  cmdexec_success_code int, on_success_action tinyint, on_success_step_id int, on_fail_action tinyint,
  on_fail_step_id int, server sysname NULL, database_name sysname NULL, database_user_name sysname NULL, retry_attempts int,
  retry_interval int, os_run_priority int, output_file_name nvarchar(200), last_run_outcome int,
  last_run_duration int, last_run_retries int, last_run_date int, last_run_time int, proxy_id int);
INSERT INTO #mine EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_su_agent_job';
SELECT step_id, database_name, database_user_name, os_run_priority FROM #mine;
GO
-- connect: login=sa
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_job @job_name = N'ag_su_job', @owner_login_name = N'ag_su_agent';
SELECT @rc AS rc;
SELECT step_id, database_user_name FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_su_job') ORDER BY step_id;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_su_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_su_agent_job';
DROP USER ag_su_user;
USE msdb;
DROP USER ag_su_agent;
DROP LOGIN ag_su_login;
GO
