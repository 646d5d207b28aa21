SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_jis_daily', @freq_type = 4, @freq_interval = 1, @active_start_time = 10000;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_jis_unused', @freq_type = 4, @freq_interval = 1;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_jis_dup', @freq_type = 4, @freq_interval = 1;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_jis_dup', @freq_type = 4, @freq_interval = 1;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_jis_a', @description = N'first';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_jis_b', @enabled = 0;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_jis_c';
EXEC msdb.dbo.sp_attach_schedule @job_name = N'ag_jis_a', @schedule_name = N'ag_jis_daily';
EXEC msdb.dbo.sp_attach_schedule @job_name = N'ag_jis_b', @schedule_name = N'ag_jis_daily';
GO
EXEC msdb.dbo.sp_help_jobcount @schedule_name = N'ag_jis_daily';
GO
DECLARE @id int = (SELECT schedule_id FROM msdb.dbo.sysschedules WHERE name = N'ag_jis_unused');
EXEC msdb.dbo.sp_help_jobcount @schedule_id = @id;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobcount; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobcount @schedule_name = N'ag_jis_nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobcount @schedule_name = N'ag_jis_dup'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #hj (job_id uniqueidentifier, originating_server nvarchar(30), name sysname, enabled tinyint,
  description nvarchar(512), start_step_id int, category sysname, owner sysname, notify_level_eventlog int,
  notify_level_email int, notify_level_netsend int, notify_level_page int, notify_email_operator sysname,
  notify_netsend_operator sysname, notify_page_operator sysname, delete_level int, date_created datetime,
  date_modified datetime, version_number int, last_run_date int, last_run_time int, last_run_outcome int,
  next_run_date int, next_run_time int, next_run_schedule_id int, current_execution_status int,
  current_execution_step sysname, current_retry_attempt int, has_step int, has_schedule int, has_target int, type int);
INSERT INTO #hj EXEC msdb.dbo.sp_help_jobs_in_schedule @schedule_name = N'ag_jis_daily';
SELECT name, enabled, description, start_step_id, category,
  has_step, has_schedule, has_target FROM #hj ORDER BY name;
DELETE FROM #hj;
DECLARE @id int = (SELECT schedule_id FROM msdb.dbo.sysschedules WHERE name = N'ag_jis_unused');
INSERT INTO #hj EXEC msdb.dbo.sp_help_jobs_in_schedule @schedule_id = @id;
SELECT COUNT(*) AS jobs FROM #hj;
DROP TABLE #hj;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobs_in_schedule @schedule_id = 2147483647; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobs_in_schedule @schedule_name = N'ag_jis_daily', @schedule_id = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
-- sp_delete_job's @delete_unused_schedule = 1 drops ag_jis_daily with its last job
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_jis_a';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_jis_b';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_jis_c';
EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'ag_jis_unused';
DECLARE @d int = (SELECT MIN(schedule_id) FROM msdb.dbo.sysschedules WHERE name = N'ag_jis_dup');
EXEC msdb.dbo.sp_delete_schedule @schedule_id = @d;
EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'ag_jis_dup';
SELECT COUNT(*) AS leftovers FROM msdb.dbo.sysschedules WHERE name LIKE N'ag[_]jis[_]%';
