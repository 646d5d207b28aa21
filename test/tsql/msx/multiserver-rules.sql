SET NOCOUNT ON;
CREATE LOGIN msx_rule_owner WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN msx_rule_tsr WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb;
CREATE USER msx_rule_owner FOR LOGIN msx_rule_owner;
CREATE USER msx_rule_tsr FOR LOGIN msx_rule_tsr;
ALTER ROLE SQLAgentOperatorRole ADD MEMBER msx_rule_owner;
ALTER ROLE TargetServersRole ADD MEMBER msx_rule_tsr;
IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator')
  EXEC msdb.dbo.sp_add_operator @name = N'MSXOperator';
EXEC msdb.dbo.sp_add_operator @name = N'msx_rule_other_op';
CREATE TABLE #op (id int, name sysname, enabled tinyint, email_address nvarchar(100), pager_address nvarchar(100),
  netsend_address nvarchar(100), weekday_pager_start_time int, weekday_pager_end_time int, saturday_pager_start_time int,
  saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int, pager_days tinyint);
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXR1', N'r1', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXR2', N'r2', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
EXEC msdb.dbo.sp_add_targetservergroup @name = N'msx_rule_grp';
EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_rule_grp', @server_name = N'TSXR1';
EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_rule_grp', @server_name = N'TSXR2';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_rule_owned', @owner_login_name = N'msx_rule_owner';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_rule_notify', @notify_level_email = 2, @notify_email_operator_name = N'msx_rule_other_op';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_rule_dbuser';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'msx_rule_dbuser', @step_name = N's1', @command = N'SELECT 1', @database_name = N'msdb', @database_user_name = N'dbo';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_rule_local';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_local';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_rule_multi';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_owned', @server_name = N'TSXR1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_dbuser', @server_name = N'TSXR1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_local', @server_name = N'TSXR1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_multi', @server_name = N'TSXR1', @automatic_post = 0;
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_multi'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_multi', @server_name = N'TSXR1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_notify', @server_name = N'TSXR1', @automatic_post = 0;
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_notify', @server_name = N'TSXR2'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_jobserver @job_name = N'msx_rule_multi', @server_name = N'TSXR2'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'msx_rule_multi', @owner_login_name = N'msx_rule_owner'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_job @job_name = N'msx_rule_owned', @category_name = N'[Uncategorized (Multi-Server)]';
SELECT @rc AS rc, c.name AS category FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.syscategories AS c ON c.category_id = j.category_id
WHERE j.name = N'msx_rule_owned';
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'msx_rule_local', @category_name = N'[Uncategorized (Multi-Server)]'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'msx_rule_multi', @category_name = N'Database Maintenance'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_apply_job_to_targets @job_name = N'msx_rule_multi'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_apply_job_to_targets @job_name = N'msx_rule_multi', @target_servers = N'TSXR2', @operation = 'MOVE'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_apply_job_to_targets @job_name = N'msx_rule_multi', @target_server_groups = N'msx_rule_nogrp'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_remove_job_from_targets @job_name = N'msx_rule_multi'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=msx_rule_owner password=Str0ng!Passw0rd database=msdb
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_start_job @job_name = N'msx_rule_multi'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_stop_job @job_name = N'msx_rule_multi'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_update_job @job_name = N'msx_rule_owned', @description = N'mine'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_add_jobserver @job_name = N'msx_rule_owned', @server_name = N'TSXR2'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
-- refused by EXECUTE (229) or by the body's sysadmin check (15003)
BEGIN TRY EXEC msdb.dbo.sp_add_targetservergroup @name = N'msx_rule_grp2'; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 15003) THEN 'refused' END AS outcome; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_resync_targetserver @server_name = N'TSXR1'; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 15003) THEN 'refused' END AS outcome; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXR9', N'x', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000; END TRY
BEGIN CATCH SELECT CASE WHEN ERROR_NUMBER() IN (229, 15003) THEN 'refused' END AS outcome; END CATCH
GO
-- connect: login=msx_rule_tsr password=Str0ng!Passw0rd database=msdb
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_enlist_tsx 2, N'TSXR7', NULL, 60, '2030-01-01T00:00:00', N'agent', 90, 0x10000000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_enlist_tsx 0, NULL, NULL, 60, '2030-01-01T00:00:00', N'agent', 90, 0x10000000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
BEGIN TRY EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXR8', NULL, 60, '2030-01-01T00:00:00', N'agent', 90, 0x08000000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
GO
-- connect: login=sa
SET NOCOUNT ON;
SELECT server_name, time_zone_adjustment, poll_interval, location FROM msdb.dbo.systargetservers WHERE server_name LIKE N'TSXR%' ORDER BY server_name;
GO
SET NOCOUNT ON;
CREATE TABLE #ms (job_id uniqueidentifier, job_name sysname, enabled tinyint, category_name sysname, target_servers int,
  pending_download_instructions int, download_errors int, execution_failures int);
INSERT INTO #ms EXEC msdb.dbo.sp_multi_server_job_summary;
SELECT job_name, category_name, target_servers, pending_download_instructions FROM #ms WHERE job_name LIKE N'msx_rule_%' ORDER BY job_name;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_targetservergroup @name = N'msx_rule_grp';
EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXR1', @post_defection = 0;
EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXR2', @post_defection = 0;
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXR%';
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_rule_owned';
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_rule_notify';
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_rule_dbuser';
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_rule_local';
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_rule_multi';
EXEC msdb.dbo.sp_delete_operator @name = N'MSXOperator';
EXEC msdb.dbo.sp_delete_operator @name = N'msx_rule_other_op';
USE msdb;
DROP USER msx_rule_owner;
DROP USER msx_rule_tsr;
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXR%') AS rows_left,
  (SELECT COUNT(*) FROM msdb.dbo.systargetservers) AS targets_left;
GO
