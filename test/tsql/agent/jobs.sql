SET NOCOUNT ON;
DECLARE @rc int, @id uniqueidentifier;
EXEC @rc = msdb.dbo.sp_add_job @job_name = N'ag_job_basic', @job_id = @id OUTPUT;
SELECT @rc AS rc, CASE WHEN @id IS NULL THEN 'null' ELSE 'set' END AS job_id_out;
GO
SET NOCOUNT ON;
SELECT name, enabled, description, start_step_id, category_id, SUSER_SNAME(owner_sid) AS owner_name,
  notify_level_eventlog, notify_level_email, notify_level_netsend, notify_level_page,
  notify_email_operator_id, delete_level, version_number
FROM msdb.dbo.sysjobs WHERE name = N'ag_job_basic';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_basic'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_STATE() AS st, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_badcat', @category_name = N'no such category ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_badowner', @owner_login_name = N'no_such_login_ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_badop', @notify_level_email = 2, @notify_email_operator_name = N'no_such_operator_ag'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_badlevel', @notify_level_eventlog = 7; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_badstart', @start_step_id = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @enabled = 2; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @delete_level = 4; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_operator @name = N'ag_job_op';
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @notify_page_operator_name = N'ag_job_op'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
EXEC msdb.dbo.sp_delete_operator @name = N'ag_job_op';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @notify_level_netsend = 1, @notify_netsend_operator_name = N'MSXOperator'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @category_name = N'Jobs from MSX'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @originating_server = N'SOMEOTHERMSX'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @id uniqueidentifier = '11111111-2222-3333-4444-555555555555';
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_job_bad2', @job_id = @id OUTPUT; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
SELECT COUNT(*) AS bad2_jobs FROM msdb.dbo.sysjobs WHERE name = N'ag_job_bad2';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_job @job_name = N'ag_job_default_cat', @category_name = N'', @description = N'', @originating_server = N'(local)';
SELECT @rc AS rc;
SELECT j.description, j.category_id, j.originating_server_id FROM msdb.dbo.sysjobs AS j WHERE j.name = N'ag_job_default_cat';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_job_default_cat';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_job @job_name = N'ag_job_full', @enabled = 0, @description = N'nightly work',
  @category_name = N'Database Maintenance', @owner_login_name = N'sa', @notify_level_eventlog = 3, @delete_level = 0;
SELECT @rc AS rc;
SELECT j.name, j.enabled, j.description, c.name AS category, SUSER_SNAME(j.owner_sid) AS owner_name, j.notify_level_eventlog
FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.syscategories AS c ON c.category_id = j.category_id
WHERE j.name = N'ag_job_full';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_job @job_name = N'ag_job_full', @new_name = N'ag_job_renamed', @enabled = 1, @description = N'changed';
SELECT @rc AS rc;
SELECT name, enabled, description, version_number FROM msdb.dbo.sysjobs WHERE name IN (N'ag_job_full', N'ag_job_renamed');
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_update_job @job_name = N'ag_job_renamed', @start_step_id = 1;
SELECT name, description, version_number FROM msdb.dbo.sysjobs WHERE name = N'ag_job_renamed';
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'no_such_job_ag', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'ag_job_renamed', @new_name = N'ag_job_basic'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'ag_job_basic');
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_id = @id, @job_name = N'ag_job_basic', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_id = '00000000-0000-0000-0000-0000000000AB', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_job @job_name = N'ag_job_renamed';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE name = N'ag_job_renamed') AS remaining;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_job @job_name = N'ag_job_renamed'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_job; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
