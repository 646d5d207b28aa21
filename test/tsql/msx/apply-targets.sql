SET NOCOUNT ON;
IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator')
  EXEC msdb.dbo.sp_add_operator @name = N'MSXOperator';
CREATE TABLE #op (id int, name sysname, enabled tinyint, email_address nvarchar(100), pager_address nvarchar(100),
  netsend_address nvarchar(100), weekday_pager_start_time int, weekday_pager_end_time int, saturday_pager_start_time int,
  saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int, pager_days tinyint);
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXP1', N'p1', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXP2', N'p2', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXP3', N'p3', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
EXEC msdb.dbo.sp_add_targetservergroup @name = N'msx_ap_grp';
EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_ap_grp', @server_name = N'TSXP1';
EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_ap_grp', @server_name = N'TSXP2';
EXEC msdb.dbo.sp_add_job @job_name = N'msx_ap_job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'msx_ap_job', @step_name = N's1', @command = N'SELECT 1';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_apply_job_to_targets @job_name = N'msx_ap_job', @target_server_groups = N'msx_ap_grp', @target_servers = N'tsxp3';
SELECT @rc AS rc;
SELECT s.server_name, js.last_run_outcome FROM msdb.dbo.sysjobservers AS js
JOIN msdb.dbo.systargetservers AS s ON s.server_id = js.server_id
JOIN msdb.dbo.sysjobs AS j ON j.job_id = js.job_id WHERE j.name = N'msx_ap_job' ORDER BY s.server_name;
SELECT dl.operation_code, dl.target_server FROM msdb.dbo.sysdownloadlist AS dl WHERE dl.target_server LIKE N'TSXP%' ORDER BY dl.target_server;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_apply_job_to_targets @job_name = N'msx_ap_job', @target_server_groups = N'msx_ap_grp';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_remove_job_from_targets @job_name = N'msx_ap_job', @target_servers = N'TSXP1';
SELECT @rc AS rc;
SELECT dl.operation_code, dl.target_server, dl.deleted_object_name FROM msdb.dbo.sysdownloadlist AS dl
WHERE dl.target_server = N'TSXP1' ORDER BY dl.instance_id;
GO
SET NOCOUNT ON;
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXP%';
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_start_job @job_name = N'msx_ap_job';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_stop_job @job_name = N'msx_ap_job', @server_name = N'TSXP3';
SELECT @rc AS rc;
SELECT dl.operation_code, dl.target_server FROM msdb.dbo.sysdownloadlist AS dl WHERE dl.target_server LIKE N'TSXP%' ORDER BY dl.instance_id;
GO
BEGIN TRY EXEC msdb.dbo.sp_start_job @job_name = N'msx_ap_job', @server_name = N'NO_SUCH_TSXP'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_stop_job @job_name = N'msx_ap_job', @server_name = N'no_such_tsxp'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXP%';
EXEC msdb.dbo.sp_update_job @job_name = N'msx_ap_job', @delete_level = 1, @automatic_post = 0;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_start_job @job_name = N'msx_ap_job', @server_name = N'tsxp2';
SELECT @rc AS rc;
SELECT dl.operation_code, dl.target_server FROM msdb.dbo.sysdownloadlist AS dl WHERE dl.target_server LIKE N'TSXP%' ORDER BY dl.instance_id;
EXEC msdb.dbo.sp_update_job @job_name = N'msx_ap_job', @delete_level = 0, @automatic_post = 0;
GO
SET NOCOUNT ON;
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXP%';
EXEC msdb.dbo.sp_update_job @job_name = N'msx_ap_job', @description = N'changed on the master';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'msx_ap_job', @step_name = N's2', @command = N'SELECT 2';
SELECT dl.operation_code, dl.target_server FROM msdb.dbo.sysdownloadlist AS dl WHERE dl.target_server LIKE N'TSXP%' ORDER BY dl.instance_id;
GO
SET NOCOUNT ON;
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXP%';
DECLARE @rc int, @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'msx_ap_job');
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'INSERT', @job_id = 0x00;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'DELETE', @job_id = 0x00;
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_post_msx_operation @operation = 'DELETE', @job_id = 0x00, @specific_target_server = N'TSXP1';
SELECT @rc AS rc;
SELECT dl.operation_code, CASE WHEN dl.object_id = @id THEN 'job' WHEN dl.object_id = 0x00 THEN 'all' END AS object_id, dl.target_server
FROM msdb.dbo.sysdownloadlist AS dl WHERE dl.target_server LIKE N'TSXP%' ORDER BY dl.instance_id;
GO
SET NOCOUNT ON;
DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXP%';
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_resync_targetserver @server_name = N'TSXP2';
SELECT @rc AS rc;
SELECT dl.operation_code, CASE WHEN dl.object_id = j.job_id THEN 'job' WHEN dl.object_id = 0x00 THEN 'all' END AS object_id, dl.target_server
FROM msdb.dbo.sysdownloadlist AS dl JOIN msdb.dbo.sysjobs AS j ON j.name = N'msx_ap_job'
WHERE dl.target_server LIKE N'TSXP%' ORDER BY dl.instance_id;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_targetservergroup @name = N'msx_ap_grp';
EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXP1', @post_defection = 0;
EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXP2', @post_defection = 0;
EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXP3', @post_defection = 0;
EXEC msdb.dbo.sp_delete_job @job_name = N'msx_ap_job';
EXEC msdb.dbo.sp_delete_operator @name = N'MSXOperator';
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server LIKE N'TSXP%') AS rows_left,
  (SELECT COUNT(*) FROM msdb.dbo.systargetservers) AS targets_left;
GO
