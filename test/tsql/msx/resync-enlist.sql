SET NOCOUNT ON;
EXEC msdb.dbo.sp_help_targetserver;
EXEC msdb.dbo.sp_help_targetservergroup;
GO
BEGIN TRY EXEC msdb.dbo.sp_msx_enlist @msx_server_name = N'MSXDTSQL'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_msx_defect; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_msx_enlist; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator')
  EXEC msdb.dbo.sp_add_operator @name = N'MSXOperator';
CREATE TABLE #op (id int, name sysname, enabled tinyint, email_address nvarchar(100), pager_address nvarchar(100),
  netsend_address nvarchar(100), weekday_pager_start_time int, weekday_pager_end_time int, saturday_pager_start_time int,
  saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int, pager_days tinyint);
INSERT INTO #op EXEC msdb.dbo.sp_enlist_tsx 0, N'TSXS1', N's1', 0, '2030-01-01T00:00:00', N'agent', 60, 0x10000000;
EXEC msdb.dbo.sp_add_targetservergroup @name = N'msx_rs_grp';
EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_rs_grp', @server_name = N'TSXS1';
GO
BEGIN TRY EXEC msdb.dbo.sp_msx_enlist @msx_server_name = N'OTHERMSX'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_operator @name = N'MSXOperator'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_resync_targetserver @server_name = N'NO_SUCH_TSXS'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_targetserver @server_name = N'NO_SUCH_TSXS'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_targetserver; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_targetserver @server_name = N'TSXS1', @post_defection = 0;
SELECT @rc AS rc,
  (SELECT COUNT(*) FROM msdb.dbo.systargetservers WHERE server_name = N'TSXS1') AS targets,
  (SELECT COUNT(*) FROM msdb.dbo.systargetservergroupmembers AS m JOIN msdb.dbo.systargetservergroups AS g ON g.servergroup_id = m.servergroup_id WHERE g.name = N'msx_rs_grp') AS members,
  (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSXS1') AS rows_;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_targetservergroup @name = N'msx_rs_grp';
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_operator @name = N'MSXOperator';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator') AS msx_operators;
GO
