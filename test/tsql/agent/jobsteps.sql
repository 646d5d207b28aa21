SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_steps_job';
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_steps_job', @step_id = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int, @uid uniqueidentifier;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'one', @command = N'SELECT 1', @step_uid = @uid OUTPUT;
SELECT @rc AS rc, CASE WHEN @uid IS NULL THEN 'null' ELSE 'set' END AS step_uid_out;
SELECT step_id, step_name, subsystem, command, flags, additional_parameters, cmdexec_success_code, on_success_action,
  on_success_step_id, on_fail_action, on_fail_step_id, server, database_name, database_user_name, retry_attempts,
  retry_interval, os_run_priority, output_file_name, last_run_outcome, last_run_duration, last_run_retries,
  last_run_date, last_run_time, proxy_id
FROM msdb.dbo.sysjobsteps WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steps_job');
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'two', @command = N'SELECT 2', @database_name = N'msdb', @on_success_action = 3;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_id = 1, @step_name = N'zero', @command = N'SELECT 0';
SELECT step_id, step_name, on_success_action, on_success_step_id FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steps_job') ORDER BY step_id;
SELECT version_number FROM msdb.dbo.sysjobs WHERE name = N'ag_steps_job';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'one', @command = N'SELECT 1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_id = 9, @step_name = N'far', @command = N'SELECT 9'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'badsub', @subsystem = N'Nonsense', @command = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'badaction', @command = N'x', @on_success_action = 9; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'badfail', @command = N'x', @on_fail_action = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @step_name = N'baddb', @command = N'x', @database_name = N'no_such_db_steps'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'no_such_job_steps', @step_name = N'x', @command = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steps_job', @command = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_jobstep @job_name = N'ag_steps_job', @step_id = 2, @step_name = N'one-renamed', @retry_attempts = 3, @retry_interval = 2;
SELECT @rc AS rc;
SELECT step_id, step_name, command, retry_attempts, retry_interval FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steps_job') AND step_id = 2;
GO
BEGIN TRY EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_steps_job', @step_id = 7, @command = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_steps_job', @step_id = 2, @step_name = N'two'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_steps_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #st (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max), flags int,
  cmdexec_success_code int, on_success_action tinyint, on_success_step_id int, on_fail_action tinyint,
  on_fail_step_id int, server sysname NULL, database_name sysname NULL, database_user_name sysname NULL, retry_attempts int,
  retry_interval int, os_run_priority int, output_file_name nvarchar(200), last_run_outcome int,
  last_run_duration int, last_run_retries int, last_run_date int, last_run_time int, proxy_id int);
DECLARE @rc int;
INSERT INTO #st EXEC @rc = msdb.dbo.sp_help_jobstep @job_name = N'ag_steps_job';
SELECT @rc AS rc;
SELECT step_id, step_name, subsystem, flags, on_success_action, on_fail_action, database_name, retry_attempts, os_run_priority FROM #st ORDER BY step_id;
DELETE #st;
INSERT INTO #st EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_steps_job', @step_name = N'two';
SELECT step_id, step_name FROM #st;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_steps_job', @step_id = 3;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_steps_job', @step_id = 42; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobstep @job_name = N'ag_steps_job', @step_name = N'nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_jobstep @job_name = N'ag_steps_job', @step_id = 1;
SELECT @rc AS rc;
SELECT step_id, step_name FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steps_job') ORDER BY step_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_jobstep @job_name = N'ag_steps_job', @step_id = 5; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_jobstep @job_name = N'ag_steps_job', @step_id = 0;
SELECT COUNT(*) AS steps_left FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steps_job');
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_steps_job';
GO
