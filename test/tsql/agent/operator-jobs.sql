EXEC msdb.dbo.sp_add_operator @name = N'opjobs_op';
EXEC msdb.dbo.sp_add_operator @name = N'opjobs_other';
EXEC msdb.dbo.sp_add_job @job_name = N'opjobs_mail', @notify_level_email = 2, @notify_email_operator_name = N'opjobs_op';
EXEC msdb.dbo.sp_add_job @job_name = N'opjobs_page', @notify_level_page = 3, @notify_page_operator_name = N'opjobs_op';
EXEC msdb.dbo.sp_add_job @job_name = N'opjobs_none', @notify_level_email = 2, @notify_email_operator_name = N'opjobs_other';
GO
CREATE TABLE #j (job_id uniqueidentifier, name sysname, notify_level_email int, notify_level_netsend int, notify_level_page int);
INSERT INTO #j EXEC msdb.dbo.sp_help_operator_jobs @operator_name = N'opjobs_op';
SELECT name, notify_level_email, notify_level_netsend, notify_level_page FROM #j ORDER BY name;
GO
BEGIN TRY
  EXEC msdb.dbo.sp_help_operator_jobs @operator_name = N'opjobs_nobody';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m;
END CATCH
GO
EXEC msdb.dbo.sp_delete_job @job_name = N'opjobs_mail';
EXEC msdb.dbo.sp_delete_job @job_name = N'opjobs_page';
EXEC msdb.dbo.sp_delete_job @job_name = N'opjobs_none';
EXEC msdb.dbo.sp_delete_operator @name = N'opjobs_op';
EXEC msdb.dbo.sp_delete_operator @name = N'opjobs_other';
GO
