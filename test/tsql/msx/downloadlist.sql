SET NOCOUNT ON;
IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator')
  EXEC msdb.dbo.sp_add_operator @name = N'MSXOperator';
CREATE TABLE #op (id int, name sysname, enabled tinyint, email_address nvarchar(100), pager_address nvarchar(100),
  netsend_address nvarchar(100), weekday_pager_start_time int, weekday_pager_end_time int, saturday_pager_start_time int,
  saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int, pager_days tinyint);
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXD1', N'here', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXD2', N'there', 120, '2030-01-01T02:00:00', N'agent', 60, 0x10000000;
EXEC msdb.dbo.sp_add_job @job_name = N'msx_dl_job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'msx_dl_job', @step_name = N's1', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_dl_local';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_dl_local';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_jobserver @job_name = N'msx_dl_job', @server_name = N'tsxd1';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_dl_job', @server_name = N'TSXD2', @automatic_post = 0;
SELECT j.name, c.name AS category, (SELECT COUNT(*) FROM msdb.dbo.sysjobservers AS s WHERE s.job_id = j.job_id AND s.server_id <> 0) AS targets
FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.syscategories AS c ON c.category_id = j.category_id WHERE j.name = N'msx_dl_job';
SELECT dl.operation_code, dl.object_type, CASE WHEN dl.object_id = j.job_id THEN 'job' END AS object_id, dl.target_server, dl.status,
  dl.error_message, dl.deleted_object_name, dl.date_downloaded, CASE WHEN dl.date_posted <= GETDATE() THEN 'ok' END AS posted
FROM msdb.dbo.sysdownloadlist AS dl JOIN msdb.dbo.sysjobs AS j ON j.name = N'msx_dl_job'
WHERE dl.target_server LIKE N'TSXD%' ORDER BY dl.instance_id;
GO
SET NOCOUNT ON;
DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'msx_dl_job'), @rc int;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'start', @job_id = @id;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_post_msx_operation 'UPDATE', 'JOB', @id, N'TSXD2';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'SERVER', @specific_target_server = N'TSXD1', @value = 60;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'RE-ENLIST', @object_type = 'SERVER';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
SELECT dl.operation_code, dl.object_type, CONVERT(nvarchar(36), dl.object_id) AS object_id, dl.target_server, dl.status
FROM msdb.dbo.sysdownloadlist AS dl WHERE dl.target_server LIKE N'TSXD%' AND dl.object_type = 2 ORDER BY dl.instance_id;
SELECT dl.operation_code, dl.target_server FROM msdb.dbo.sysdownloadlist AS dl
WHERE dl.target_server LIKE N'TSXD%' AND dl.object_type = 1 ORDER BY dl.instance_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'RESTART'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'INSERT', @object_type = 'ALERT'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'JOB', @job_id = 0x00; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'START', @object_type = 'SERVER'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'START', @object_type = 'SCHEDULE'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'INSERT', @object_type = 'JOB'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'INSERT', @object_type = 'SCHEDULE'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'SERVER', @value = 5; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'SERVER', @value = 28801; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'DEFECT', @object_type = 'SERVER', @specific_target_server = N'NO_SUCH_TSXD'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_post_msx_operation @operation = 'START', @job_id = '00000000-0000-0000-0000-0000000000CD'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'msx_dl_local'), @rc int;
DECLARE @before int = (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist);
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'START', @job_id = @id;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'START', @job_id = @id, @specific_target_server = N'MSXDTSQL';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist) - @before AS new_rows;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'RE-ENLIST', @object_type = 'JOB', @job_id = @id;
SELECT @rc AS rc_local_job_any_operation;
DECLARE @uid uniqueidentifier;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'msx_dl_unused', @freq_type = 64, @schedule_uid = @uid OUTPUT;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'START', @object_type = 'SCHEDULE', @schedule_uid = @uid;
SELECT @rc AS rc_unused_schedule, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist) - @before AS new_rows;
EXEC msdb.dbo.sp_delete_schedule @schedule_name = N'msx_dl_unused';
GO
SET NOCOUNT ON;
CREATE TABLE #dl (instance_id int, source_server sysname, operation_code nvarchar(4000), object_name sysname, object_id uniqueidentifier,
  target_server sysname, error_message nvarchar(1024), date_posted datetime, date_downloaded datetime, status tinyint);
DECLARE @rc int;
INSERT INTO #dl EXEC @rc = msdb.dbo.sp_help_downloadlist @target_server = N'TSXD1';
SELECT @rc AS rc;
SELECT operation_code, object_name, target_server, error_message, status, date_downloaded FROM #dl ORDER BY instance_id;
DELETE #dl;
INSERT INTO #dl EXEC msdb.dbo.sp_help_downloadlist @job_name = N'msx_dl_job', @operation = 'START';
SELECT operation_code, object_name, target_server FROM #dl ORDER BY instance_id;
DELETE #dl;
INSERT INTO #dl EXEC msdb.dbo.sp_help_downloadlist @object_type = 'SERVER', @object_name = N'TSXD2', @status = 0;
SELECT operation_code, object_name, target_server FROM #dl WHERE target_server LIKE N'TSXD%' ORDER BY instance_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_downloadlist @object_type = 'SCHEDULE', @object_name = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_downloadlist @object_type = 'JOB'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_downloadlist @operation = 'RESTART'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_downloadlist @has_error = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_downloadlist @status = 2; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_downloadlist @target_server = N'NO_SUCH_TSXD'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
UPDATE msdb.dbo.sysdownloadlist SET error_message = N'apply failed' WHERE target_server = N'TSXD2' AND operation_code = 6;
CREATE TABLE #ts (server_id int, server_name sysname, location nvarchar(200), time_zone_adjustment int, enlist_date datetime,
  last_poll_date datetime, status int, unread_instructions int, local_time datetime, enlisted_by_nt_user nvarchar(100), poll_interval int);
INSERT INTO #ts EXEC msdb.dbo.sp_help_targetserver;
SELECT server_name, status, unread_instructions FROM #ts WHERE server_name LIKE N'TSXD%' ORDER BY server_name;
CREATE TABLE #sum (server_id int, server_name sysname, local_time datetime, last_poll_date datetime, unread_instructions int, blocked int, poll_interval int);
INSERT INTO #sum EXEC msdb.dbo.sp_target_server_summary;
SELECT server_name, unread_instructions, blocked FROM #sum WHERE server_name LIKE N'TSXD%' ORDER BY server_name;
CREATE TABLE #dl2 (instance_id int, source_server sysname, operation_code nvarchar(4000), object_name sysname, object_id uniqueidentifier,
  target_server sysname, error_message nvarchar(1024), date_posted datetime, date_downloaded datetime, status tinyint);
INSERT INTO #dl2 EXEC msdb.dbo.sp_help_downloadlist @has_error = 1;
SELECT operation_code, object_name, target_server, error_message FROM #dl2 WHERE target_server LIKE N'TSXD%';
GO
SET NOCOUNT ON;
CREATE TABLE #ms (job_id uniqueidentifier, job_name sysname, enabled tinyint, category_name sysname, target_servers int,
  pending_download_instructions int, download_errors int, execution_failures int);
DECLARE @rc int;
INSERT INTO #ms EXEC @rc = msdb.dbo.sp_multi_server_job_summary @job_name = N'msx_dl_job';
SELECT @rc AS rc;
SELECT job_name, enabled, category_name, target_servers, pending_download_instructions, download_errors, execution_failures FROM #ms;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_dl_job';
SELECT operation_code, target_server, deleted_object_name, status FROM msdb.dbo.sysdownloadlist
WHERE target_server LIKE N'TSXD%' AND operation_code = 3 ORDER BY target_server;
SELECT COUNT(*) AS other_job_rows_left FROM msdb.dbo.sysdownloadlist
WHERE target_server LIKE N'TSXD%' AND object_type = 1 AND operation_code <> 3;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_targetserver @server_name = N'TSXD1';
SELECT @rc AS rc;
SELECT operation_code, object_type, CONVERT(nvarchar(36), object_id) AS object_id, target_server FROM msdb.dbo.sysdownloadlist
WHERE target_server = N'TSXD1';
SELECT COUNT(*) AS tsxd1_rows FROM msdb.dbo.systargetservers WHERE server_name = N'TSXD1';
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXD2', @clear_downloadlist = 0, @post_defection = 0;
SELECT COUNT(*) AS tsxd2_rows_kept FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSXD2';
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXD%';
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_dl_local';
EXEC msdb.dbo.sp_delete_operator @name = N'MSXOperator';
GO
