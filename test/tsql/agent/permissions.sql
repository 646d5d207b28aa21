SET NOCOUNT ON;
CREATE LOGIN ag_perm_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN ag_perm_user WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN ag_perm_oper WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb;
CREATE USER ag_perm_plain FOR LOGIN ag_perm_plain;
CREATE USER ag_perm_user FOR LOGIN ag_perm_user;
CREATE USER ag_perm_oper FOR LOGIN ag_perm_oper;
ALTER ROLE SQLAgentUserRole ADD MEMBER ag_perm_user;
ALTER ROLE SQLAgentOperatorRole ADD MEMBER ag_perm_oper;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_perm_sa_job';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'ag_perm_sa_job';
GO
-- connect: login=ag_perm_plain password=Str0ng!Passw0rd database=msdb
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_perm_plain_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_job; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=ag_perm_user password=Str0ng!Passw0rd database=msdb
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_job @job_name = N'ag_perm_user_job';
SELECT @rc AS rc, (SELECT SUSER_SNAME(owner_sid) FROM msdb.dbo.sysjobs_view WHERE name = N'ag_perm_user_job') AS owner_name;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'ag_perm_user_job', @step_name = N's1', @command = N'SELECT 1';
EXEC @rc = msdb.dbo.sp_add_jobserver @job_name = N'ag_perm_user_job';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
SELECT name FROM msdb.dbo.sysjobs_view WHERE name LIKE N'ag_perm_%' ORDER BY name;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'ag_perm_user_job2', @owner_login_name = N'sa'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'ag_perm_sa_job', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_job @job_name = N'ag_perm_sa_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_start_job @job_name = N'ag_perm_sa_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- refused either by EXECUTE (229) or by the body's sysadmin check (15003): SQL Server's grant is not documented
BEGIN TRY EXEC msdb.dbo.sp_add_operator @name = N'ag_perm_op'; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 15003) THEN 'refused' END AS outcome; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_category @name = N'ag_perm_cat'; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 15003) THEN 'refused' END AS outcome; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'P'; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 14260) THEN 'refused' END AS outcome; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 10; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 15003) THEN 'refused' END AS outcome; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_purge_jobhistory; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=ag_perm_oper password=Str0ng!Passw0rd database=msdb
SET NOCOUNT ON;
SELECT name FROM msdb.dbo.sysjobs_view WHERE name LIKE N'ag_perm_%' ORDER BY name;
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'ag_perm_user_job', @enabled = 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'ag_perm_user_job', @description = N'not mine'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
SELECT name, enabled FROM msdb.dbo.sysjobs_view WHERE name = N'ag_perm_user_job';
GO
-- connect: login=sa
SET NOCOUNT ON;
USE msdb;
DROP USER ag_perm_plain;
DROP USER ag_perm_user;
DROP USER ag_perm_oper;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_job @job_name = N'ag_perm_user_job', @owner_login_name = N'sa';
SELECT @rc AS rc, (SELECT SUSER_SNAME(owner_sid) FROM msdb.dbo.sysjobs WHERE name = N'ag_perm_user_job') AS owner_name;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_perm_user_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_perm_sa_job';
GO
