SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_enum_local';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_enum_local', @step_name = N's1', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'ag_enum_local';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_enum_no_server';
GO
SET NOCOUNT ON;
CREATE TABLE #xp_results (job_id uniqueidentifier NOT NULL, last_run_date int NOT NULL, last_run_time int NOT NULL,
  next_run_date int NOT NULL, next_run_time int NOT NULL, next_run_schedule_id int NOT NULL, requested_to_run int NOT NULL,
  request_source int NOT NULL, request_source_id sysname COLLATE database_default NULL, running int NOT NULL,
  current_step int NOT NULL, current_retry_attempt int NOT NULL, job_state int NOT NULL);
INSERT INTO #xp_results EXEC master.dbo.xp_sqlagent_enum_jobs 1, N'sa';
SELECT j.name, x.last_run_date, x.last_run_time, x.requested_to_run, x.request_source, x.request_source_id, x.running,
  x.current_step, x.current_retry_attempt, x.job_state
FROM #xp_results AS x JOIN msdb.dbo.sysjobs AS j ON j.job_id = x.job_id WHERE j.name LIKE N'ag[_]enum[_]%';
DELETE FROM #xp_results;
DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_enum_local');
INSERT INTO #xp_results EXEC master.dbo.xp_sqlagent_enum_jobs @is_sysadmin = 1, @job_owner = N'sa', @job_id = @id;
SELECT COUNT(*) AS one_job, SUM(CASE WHEN job_id = @id THEN 1 ELSE 0 END) AS that_job FROM #xp_results;
DELETE FROM #xp_results;
INSERT INTO #xp_results EXEC master.dbo.xp_sqlagent_enum_jobs 0, N'no_such_login_enum';
SELECT COUNT(*) AS not_owned FROM #xp_results;
DROP TABLE #xp_results;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_enum_local';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_enum_no_server';
