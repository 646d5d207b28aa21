SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_run_job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_run_job', @step_name = N'only', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_run_noserver';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_jobserver @job_name = N'ag_run_job';
SELECT @rc AS rc;
SELECT js.server_id, js.last_run_outcome, js.last_outcome_message, js.last_run_date, js.last_run_time, js.last_run_duration
FROM msdb.dbo.sysjobservers AS js JOIN msdb.dbo.sysjobs AS j ON j.job_id = js.job_id WHERE j.name = N'ag_run_job';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'ag_run_job', @server_name = N'(local)'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'ag_run_noserver', @server_name = N'no_such_target_ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #srv (server_id int, server_name sysname, enlist_date datetime, last_poll_date datetime);
DECLARE @rc int;
INSERT INTO #srv EXEC @rc = msdb.dbo.sp_help_jobserver @job_name = N'ag_run_job';
SELECT @rc AS rc;
SELECT server_id, server_name, enlist_date, last_poll_date FROM #srv;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobserver @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_jobserver @job_name = N'ag_run_noserver', @server_name = N'(LOCAL)'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_jobserver @job_name = N'ag_run_noserver', @server_name = NULL; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_run_noserver');
BEGIN TRY EXEC msdb.dbo.sp_start_job @job_name = N'ag_run_noserver'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, REPLACE(ERROR_MESSAGE(), CONVERT(nvarchar(36), @id), N'<job_id>') AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_run_noserver');
BEGIN TRY EXEC msdb.dbo.sp_stop_job @job_name = N'ag_run_noserver'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, REPLACE(ERROR_MESSAGE(), CONVERT(nvarchar(36), @id), N'<job_id>') AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_start_job @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_start_job; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_stop_job; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_stop_job @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_start_job @job_name = N'ag_run_job', @step_name = N'no such step'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #h (job_id uniqueidentifier, job_name sysname, run_status int, run_date int, run_time int, run_duration int,
  operator_emailed nvarchar(20), operator_netsent nvarchar(20), operator_paged nvarchar(20), retries_attempted int, server nvarchar(30));
DECLARE @rc int;
INSERT INTO #h EXEC @rc = msdb.dbo.sp_help_jobhistory @job_name = N'ag_run_noserver';
SELECT @rc AS rc, COUNT(*) AS history_rows FROM #h;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_help_jobhistory @job_name = N'ag_run_noserver', @mode = 'FULL';
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobhistory @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobhistory @mode = 'VERBOSE'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobhistory @start_run_date = 20301345; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobhistory @end_run_time = 236000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #hf (instance_id int, job_id uniqueidentifier, job_name sysname, step_id int, step_name sysname NULL,
  sql_message_id int, sql_severity int, message nvarchar(4000), run_status int, run_date int, run_time int, run_duration int,
  operator_emailed sysname NULL, operator_netsent sysname NULL, operator_paged sysname NULL, retries_attempted int, server sysname);
DECLARE @rc int;
INSERT INTO #hf EXEC @rc = msdb.dbo.sp_help_jobhistory @job_name = N'ag_run_noserver', @mode = 'full';
SELECT @rc AS rc, COUNT(*) AS history_rows FROM #hf;
GO
BEGIN TRY EXEC msdb.dbo.sp_purge_jobhistory @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobactivity @job_name = N'no_such_job_run'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobactivity @job_name = N'ag_run_job', @session_id = -5; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #act (session_id int, job_id uniqueidentifier, job_name sysname, run_requested_date datetime,
  run_requested_source sysname NULL, queued_date datetime, start_execution_date datetime, last_executed_step_id int,
  last_executed_step_date datetime, stop_execution_date datetime, next_scheduled_run_date datetime, job_history_id int,
  message nvarchar(4000), run_status int, operator_id_emailed int, operator_id_netsent int, operator_id_paged int);
DECLARE @rc int;
INSERT INTO #act EXEC @rc = msdb.dbo.sp_help_jobactivity @job_name = N'ag_run_job';
SELECT @rc AS rc, CASE WHEN COUNT(*) <= 1 THEN 'ok' END AS at_most_one_row, COUNT(CASE WHEN job_name <> N'ag_run_job' THEN 1 END) AS other_jobs FROM #act;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_jobserver @job_name = N'ag_run_job', @server_name = N'(LOCAL)';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysjobservers AS js JOIN msdb.dbo.sysjobs AS j ON j.job_id = js.job_id WHERE j.name = N'ag_run_job') AS servers;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_run_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_run_noserver';
GO
