SET NOCOUNT ON;
DECLARE @rc int, @sid int, @uid uniqueidentifier;
EXEC @rc = msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_weekly', @freq_type = 8, @freq_interval = 42, @freq_subday_type = 1,
  @freq_recurrence_factor = 1, @active_start_time = 60000, @active_start_date = 20300101,
  @schedule_id = @sid OUTPUT, @schedule_uid = @uid OUTPUT;
SELECT @rc AS rc, CASE WHEN @sid > 0 THEN 'set' END AS schedule_id_out, CASE WHEN @uid IS NOT NULL THEN 'set' END AS schedule_uid_out;
SELECT name, enabled, freq_type, freq_interval, freq_subday_type, freq_subday_interval, freq_relative_interval,
  freq_recurrence_factor, active_start_date, active_end_date, active_start_time, active_end_time, SUSER_SNAME(owner_sid) AS owner_name,
  originating_server_id, version_number
FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_weekly';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 3; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 8, @freq_interval = 1, @freq_subday_type = 1, @freq_recurrence_factor = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_daily_nosub', @freq_type = 4, @freq_interval = 2, @active_start_date = 20300101;
SELECT @rc AS rc;
SELECT freq_type, freq_interval, freq_subday_type, freq_subday_interval, freq_recurrence_factor, active_end_date, active_start_time, active_end_time
FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_daily_nosub';
EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'ag_sch_daily_nosub';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 3; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 4, @freq_interval = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 2, @freq_subday_interval = 5; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 4, @freq_subday_interval = 5, @active_start_time = 100000, @active_end_time = 100000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 2; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 64, @active_start_date = 20300101, @active_end_date = 20291231; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 64, @active_start_time = 250000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 64, @active_start_date = 20301301; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_bad', @freq_type = 64, @owner_login_name = N'no_such_login_sch'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_start', @freq_type = 64;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_schedule @schedule_name = N'ag_sch_start', @freq_type = 128;
SELECT @rc AS rc, COUNT(*) AS same_name FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_start';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_schedule @name = N'ag_sch_weekly', @new_name = N'ag_sch_weekly2', @enabled = 0, @active_end_date = 20401231;
SELECT @rc AS rc;
SELECT name, enabled, active_end_date, version_number FROM msdb.dbo.sysschedules WHERE name LIKE N'ag_sch_weekly%';
GO
BEGIN TRY EXEC msdb.dbo.sp_update_schedule @name = N'no_such_schedule_ag', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_schedule @name = N'ag_sch_start', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_schedule @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_sch_job';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_sch_job2';
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_attach_schedule @job_name = N'ag_sch_job', @schedule_name = N'ag_sch_weekly2';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_attach_schedule @job_name = N'ag_sch_job2', @schedule_name = N'ag_sch_weekly2';
SELECT @rc AS rc;
SELECT j.name, s.name AS schedule_name FROM msdb.dbo.sysjobschedules AS js
JOIN msdb.dbo.sysjobs AS j ON j.job_id = js.job_id JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id
WHERE j.name LIKE N'ag_sch_job%' ORDER BY j.name;
GO
BEGIN TRY EXEC msdb.dbo.sp_attach_schedule @job_name = N'ag_sch_job', @schedule_name = N'no_such_schedule_ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_attach_schedule @job_name = N'ag_sch_job', @schedule_name = N'ag_sch_start'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_attach_schedule @job_name = N'ag_sch_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #hs (schedule_id int, schedule_uid uniqueidentifier, schedule_name sysname, enabled int, freq_type int,
  freq_interval int, freq_subday_type int, freq_subday_interval int, freq_relative_interval int, freq_recurrence_factor int,
  active_start_date int, active_end_date int, active_start_time int, active_end_time int, date_created datetime,
  schedule_description nvarchar(4000), job_count int);
DECLARE @rc int;
INSERT INTO #hs EXEC @rc = msdb.dbo.sp_help_schedule @schedule_name = N'ag_sch_weekly2';
SELECT @rc AS rc;
SELECT schedule_name, enabled, freq_type, freq_interval, active_end_date, schedule_description, job_count FROM #hs;
DELETE #hs;
INSERT INTO #hs EXEC msdb.dbo.sp_help_schedule @schedule_name = N'ag_sch_weekly2', @include_description = 1;
SELECT schedule_name, CASE WHEN schedule_description LIKE N'Every 1 week(s) on %' THEN 'described' ELSE schedule_description END AS description FROM #hs;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_schedule @schedule_name = N'no_such_schedule_ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int, @sid int;
EXEC @rc = msdb.dbo.sp_add_jobschedule @job_name = N'ag_sch_job', @name = N'ag_sch_js', @freq_type = 16, @freq_interval = 31, @freq_subday_type = 8, @freq_subday_interval = 6,
  @freq_recurrence_factor = 2, @active_start_date = 20300115, @active_start_time = 13000, @schedule_id = @sid OUTPUT;
SELECT @rc AS rc, CASE WHEN @sid = (SELECT schedule_id FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_js') THEN 'match' END AS schedule_id_out;
CREATE TABLE #js (schedule_id int, schedule_name sysname, enabled int, freq_type int, freq_interval int,
  freq_subday_type int, freq_subday_interval int, freq_relative_interval int, freq_recurrence_factor int,
  active_start_date int, active_end_date int, active_start_time int, active_end_time int, date_created datetime,
  schedule_description nvarchar(4000), next_run_date int, next_run_time int, schedule_uid uniqueidentifier, job_count int);
INSERT INTO #js EXEC @rc = msdb.dbo.sp_help_jobschedule @job_name = N'ag_sch_job';
SELECT @rc AS rc;
SELECT schedule_name, enabled, freq_type, freq_interval, freq_recurrence_factor, active_start_date, active_start_time,
  job_count FROM #js ORDER BY schedule_name;
DELETE #js;
INSERT INTO #js EXEC msdb.dbo.sp_help_jobschedule @job_name = N'ag_sch_job', @schedule_name = N'ag_sch_js', @include_description = 1;
SELECT schedule_name, CASE WHEN schedule_description LIKE N'Every 2 month%' THEN 'described' ELSE schedule_description END AS description FROM #js;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobschedule @job_name = N'ag_sch_job', @schedule_name = N'ag_sch_start'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobschedule @schedule_name = N'ag_sch_js'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @sid int = (SELECT schedule_id FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_js');
BEGIN TRY EXEC msdb.dbo.sp_help_jobschedule @job_name = N'ag_sch_job', @schedule_id = @sid; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @sid int = (SELECT schedule_id FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_weekly2');
BEGIN TRY EXEC msdb.dbo.sp_help_jobschedule @schedule_id = @sid; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, REPLACE(ERROR_MESSAGE(), CONVERT(varchar(10), @sid), '<id>') AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobschedule @job_name = N'ag_sch_job', @name = N'ag_sch_js2', @freq_type = 32, @freq_interval = 11, @freq_subday_type = 1, @freq_relative_interval = 3, @freq_recurrence_factor = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_detach_schedule @job_name = N'ag_sch_job2', @schedule_name = N'ag_sch_weekly2';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules AS js JOIN msdb.dbo.sysjobs AS j ON j.job_id = js.job_id WHERE j.name = N'ag_sch_job2') AS attached;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_detach_schedule @job_name = N'ag_sch_job2', @schedule_name = N'ag_sch_weekly2';
SELECT @rc AS rc;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'ag_sch_weekly2'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_schedule @schedule_name = N'ag_sch_weekly2', @force_delete = 1;
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_weekly2') AS left_;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'ag_sch_start'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'no_such_schedule_ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_sch_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_sch_job2';
SELECT COUNT(*) AS js_left FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_js';
DELETE FROM msdb.dbo.sysschedules WHERE name = N'ag_sch_start';
GO
