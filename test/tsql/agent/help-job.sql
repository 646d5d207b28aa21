SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_hj_one', @description = N'help job target';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_hj_one', @step_name = N'first', @command = N'SELECT 1', @on_success_action = 3;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_hj_one', @step_name = N'second', @command = N'SELECT 2', @database_name = N'msdb', @retry_attempts = 2, @retry_interval = 5;
EXEC msdb.dbo.sp_add_jobschedule @job_name = N'ag_hj_one', @name = N'ag_hj_daily', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 1, @active_start_time = 233000, @active_start_date = 20300101;
EXEC msdb.dbo.sp_add_jobserver @job_name = N'ag_hj_one';
GO
SET NOCOUNT ON;
CREATE TABLE #hj (job_id uniqueidentifier, originating_server nvarchar(30), name sysname, enabled tinyint,
  description nvarchar(512), start_step_id int, category sysname, owner sysname, notify_level_eventlog int,
  notify_level_email int, notify_level_netsend int, notify_level_page int, notify_email_operator sysname,
  notify_netsend_operator sysname, notify_page_operator sysname, delete_level int, date_created datetime,
  date_modified datetime, version_number int, last_run_date int, last_run_time int, last_run_outcome int,
  next_run_date int, next_run_time int, next_run_schedule_id int, current_execution_status int,
  current_execution_step sysname, current_retry_attempt int, has_step int, has_schedule int, has_target int, type int);
INSERT INTO #hj EXEC msdb.dbo.sp_help_job @job_name = NULL, @description = N'help job%';
SELECT originating_server, name, enabled, description, start_step_id, category, owner, notify_level_eventlog,
  notify_email_operator, delete_level, last_run_date, last_run_time, last_run_outcome,
  current_execution_status, current_execution_step, current_retry_attempt, has_step, has_schedule, has_target, type
FROM #hj;
GO
SET NOCOUNT ON;
CREATE TABLE #st (step_id int, step_name sysname, subsystem nvarchar(40), command nvarchar(max), flags nvarchar(4000),
  cmdexec_success_code int, on_success_action nvarchar(4000), on_success_step_id int, on_fail_action nvarchar(4000),
  on_fail_step_id int, server sysname NULL, database_name sysname NULL, database_user_name sysname NULL, retry_attempts int,
  retry_interval int, os_run_priority nvarchar(4000), output_file_name nvarchar(200), last_run_outcome int,
  last_run_duration int, last_run_retries int, last_run_date int, last_run_time int, proxy_id int);
INSERT INTO #st EXEC msdb.dbo.sp_help_job @job_name = N'ag_hj_one', @job_aspect = N'STEPS';
SELECT step_id, step_name, subsystem, command, cmdexec_success_code, on_success_action, on_fail_action, database_name,
  retry_attempts, retry_interval, last_run_outcome, last_run_date FROM #st ORDER BY step_id;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_help_job @job_name = N'ag_hj_one', @job_aspect = N'TARGETS';
GO
SET NOCOUNT ON;
CREATE TABLE #sch (schedule_id int, schedule_name sysname, enabled int, freq_type int, freq_interval int,
  freq_subday_type int, freq_subday_interval int, freq_relative_interval int, freq_recurrence_factor int,
  active_start_date int, active_end_date int, active_start_time int, active_end_time int, date_created datetime,
  schedule_description nvarchar(4000), next_run_date int, next_run_time int, schedule_uid uniqueidentifier, job_count int);
INSERT INTO #sch EXEC msdb.dbo.sp_help_job @job_name = N'ag_hj_one', @job_aspect = N'SCHEDULES';
SELECT schedule_name, enabled, freq_type, freq_interval, active_start_date, active_end_date, active_start_time, active_end_time,
  schedule_description, job_count FROM #sch;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @job_name = N'ag_hj_one', @job_aspect = N'NOPE'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @job_type = N'REMOTE'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @job_name = N'no_such_job_hj'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @execution_status = 9; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @date_comparator = '~'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @job_name = N'ag_hj_one', @enabled = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @job_aspect = 'JOB'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @date_created = '20200101'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @date_comparator = '>', @date_created = '19800101'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @enabled = 3; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @owner_login_name = N'no_such_login_hj'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #hj3 (job_id uniqueidentifier, originating_server nvarchar(128), name sysname, enabled tinyint,
  description nvarchar(512), start_step_id int, category sysname, owner sysname, notify_level_eventlog int,
  notify_level_email int, notify_level_netsend int, notify_level_page int, notify_email_operator sysname,
  notify_netsend_operator sysname, notify_page_operator sysname, delete_level int, date_created datetime,
  date_modified datetime, version_number int, last_run_date int, last_run_time int, last_run_outcome int,
  next_run_date int, next_run_time int, next_run_schedule_id int, current_execution_status int,
  current_execution_step sysname, current_retry_attempt int, has_step int, has_schedule int, has_target int, type int);
DECLARE @rc int;
INSERT INTO #hj3 EXEC @rc = msdb.dbo.sp_help_job @job_name = N'ag_hj_one', @job_aspect = 'job';
SELECT @rc AS rc, name, description, has_step, has_schedule, has_target, type FROM #hj3;
DELETE #hj3;
INSERT INTO #hj3 EXEC msdb.dbo.sp_help_job @date_comparator = '>', @date_created = '19950101', @description = N'help job%';
SELECT name FROM #hj3;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @subsystem = N'NoSuchSubsystem'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job @category_name = N'no such category hj'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
CREATE TABLE #hj2 (job_id uniqueidentifier, originating_server nvarchar(128), name sysname, enabled tinyint,
  description nvarchar(512), start_step_id int, category sysname, owner sysname, notify_level_eventlog int,
  notify_level_email int, notify_level_netsend int, notify_level_page int, notify_email_operator sysname,
  notify_netsend_operator sysname, notify_page_operator sysname, delete_level int, date_created datetime,
  date_modified datetime, version_number int, last_run_date int, last_run_time int, last_run_outcome int,
  next_run_date int, next_run_time int, next_run_schedule_id int, current_execution_status int,
  current_execution_step sysname, current_retry_attempt int, has_step int, has_schedule int, has_target int, type int);
INSERT INTO #hj2 EXEC @rc = msdb.dbo.sp_help_job @job_type = 'MULTI-SERVER', @owner_login_name = N'sa';
SELECT @rc AS rc, COUNT(*) AS multi_server_jobs FROM #hj2;
INSERT INTO #hj2 EXEC @rc = msdb.dbo.sp_help_job @job_type = 'LOCAL', @enabled = 1, @subsystem = N'TSQL', @category_name = N'[Uncategorized (Local)]';
SELECT @rc AS rc, COUNT(*) AS local_jobs_named FROM #hj2 WHERE name = N'ag_hj_one';
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_hj_one';
SELECT COUNT(*) AS schedules_left FROM msdb.dbo.sysschedules WHERE name = N'ag_hj_daily';
GO
