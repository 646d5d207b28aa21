SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_steplog_job';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_steplog_empty';
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steplog_job', @step_name = N'first', @command = N'PRINT 1', @flags = 8;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steplog_job', @step_name = N'second', @command = N'PRINT 2', @flags = 16;
SELECT step_id, flags FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job') ORDER BY step_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steplog_job', @step_name = N'both', @command = N'PRINT 3', @flags = 24; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_steplog_job', @step_id = 2, @flags = 8;
SELECT flags FROM msdb.dbo.sysjobsteps
WHERE job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job') AND step_id = 2;
EXEC msdb.dbo.sp_update_jobstep @job_name = N'ag_steplog_job', @step_id = 2, @flags = 16;
GO
SET NOCOUNT ON;
DECLARE @j uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job');
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 1, @log_text = N'one', @append_to_last = 0;
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 1, @log_text = N'uno', @append_to_last = 0;
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 2, @log_text = N'two', @append_to_last = 1;
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 2, @log_text = N'+more', @append_to_last = 1;
SELECT s.step_id, l.log, l.log_size, CASE WHEN l.date_modified >= l.date_created THEN 'ok' ELSE 'bad' END AS dates
FROM msdb.dbo.sysjobstepslogs l JOIN msdb.dbo.sysjobsteps s ON s.step_uid = l.step_uid
WHERE s.job_id = @j ORDER BY s.step_id;
GO
SET NOCOUNT ON;
CREATE TABLE #logs (job_id uniqueidentifier, job_name sysname, step_id int, step_name sysname, step_uid uniqueidentifier,
  date_created datetime, date_modified datetime, log_size bigint, log nvarchar(max));
INSERT INTO #logs EXEC msdb.dbo.sp_help_jobsteplog @job_name = N'ag_steplog_job';
SELECT job_name, step_id, step_name, log_size, log,
  CASE WHEN job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job') THEN 'ok' ELSE 'bad' END AS job_id_ok,
  CASE WHEN step_uid = (SELECT step_uid FROM msdb.dbo.sysjobsteps s WHERE s.job_id = #logs.job_id AND s.step_id = #logs.step_id) THEN 'ok' ELSE 'bad' END AS step_uid_ok
FROM #logs ORDER BY step_id;
DELETE FROM #logs;
INSERT INTO #logs EXEC msdb.dbo.sp_help_jobsteplog @job_name = N'ag_steplog_job', @step_name = N'second';
SELECT step_id, log FROM #logs;
DELETE FROM #logs;
DECLARE @j uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job');
INSERT INTO #logs EXEC msdb.dbo.sp_help_jobsteplog @job_id = @j, @step_id = 1;
SELECT step_id, step_name, log FROM #logs;
DROP TABLE #logs;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobsteplog @job_name = N'no_such_steplog_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobsteplog; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobsteplog @job_name = N'ag_steplog_job', @step_id = 3; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobsteplog @job_name = N'ag_steplog_job', @step_name = N'nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_jobsteplog @job_name = N'ag_steplog_empty', @step_id = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_jobsteplog @job_name = N'ag_steplog_job', @step_id = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_jobsteplog @job_name = N'ag_steplog_job', @step_name = N'nope'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_jobsteplog @job_name = N'ag_steplog_job', @older_than = '2000-01-01';
SELECT @rc AS rc, COUNT(*) AS logs FROM msdb.dbo.sysjobstepslogs l JOIN msdb.dbo.sysjobsteps s ON s.step_uid = l.step_uid
WHERE s.job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job');
EXEC @rc = msdb.dbo.sp_delete_jobsteplog @job_name = N'ag_steplog_job', @larger_than = 6;
SELECT @rc AS rc, s.step_name FROM msdb.dbo.sysjobstepslogs l JOIN msdb.dbo.sysjobsteps s ON s.step_uid = l.step_uid
WHERE s.job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job');
EXEC @rc = msdb.dbo.sp_delete_jobsteplog @job_name = N'ag_steplog_job', @step_name = N'first';
SELECT @rc AS rc, COUNT(*) AS logs FROM msdb.dbo.sysjobstepslogs l JOIN msdb.dbo.sysjobsteps s ON s.step_uid = l.step_uid
WHERE s.job_id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job');
GO
SET NOCOUNT ON;
DECLARE @j uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_job');
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 2, @log_text = N'x';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_steplog_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_steplog_empty';
SELECT COUNT(*) AS orphan_logs FROM msdb.dbo.sysjobstepslogs WHERE step_uid NOT IN (SELECT step_uid FROM msdb.dbo.sysjobsteps);
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_steplog_del';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steplog_del', @step_name = N'a', @command = N'PRINT 1', @flags = 8;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_steplog_del', @step_name = N'b', @command = N'PRINT 2', @flags = 8;
DECLARE @j uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_steplog_del');
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 1, @log_text = N'a log';
EXEC msdb.dbo.sp_write_sysjobstep_log @job_id = @j, @step_id = 2, @log_text = N'b log';
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_jobstep @job_name = N'ag_steplog_del', @step_id = 1;
SELECT @rc AS rc, s.step_id, s.step_name, l.log FROM msdb.dbo.sysjobstepslogs l JOIN msdb.dbo.sysjobsteps s ON s.step_uid = l.step_uid
WHERE s.job_id = @j;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_steplog_del';
SELECT COUNT(*) AS orphan_logs FROM msdb.dbo.sysjobstepslogs WHERE step_uid NOT IN (SELECT step_uid FROM msdb.dbo.sysjobsteps);
