SET NOCOUNT ON;
DELETE FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator';
BEGIN TRY
  EXEC msdb.dbo.sp_enlist_tsx @Action = 0, @ServerName = N'tsxg1', @Location = N'Room 1',
    @TimeZoneAdjustment = 60, @LocalTime = '2030-01-01T10:00:00', @NTUserName = N'DOMAIN\agent', @PollInterval = 60, @TSX_Version = 0x10000000;
END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_add_operator @name = N'MSXOperator', @email_address = N'msx@example.com';
CREATE TABLE #op (id int, name sysname, enabled tinyint, email_address nvarchar(100), pager_address nvarchar(100),
  netsend_address nvarchar(100), weekday_pager_start_time int, weekday_pager_end_time int, saturday_pager_start_time int,
  saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int, pager_days tinyint);
DECLARE @rc int;
INSERT INTO #op EXEC @rc = msdb.dbo.sp_enlist_tsx @Action = 0, @ServerName = N'tsxg1', @Location = N'Room 1',
  @TimeZoneAdjustment = 60, @LocalTime = '2030-01-01T10:00:00', @NTUserName = N'DOMAIN\agent', @PollInterval = 60, @TSX_Version = 0x10000000;
SELECT @rc AS rc;
INSERT INTO #op EXEC @rc = msdb.dbo.sp_enlist_tsx @Action = 0, @ServerName = N'tsxg2', @Location = NULL,
  @TimeZoneAdjustment = -300, @LocalTime = '2030-01-01T04:00:00', @NTUserName = N'DOMAIN\agent2', @PollInterval = 30, @TSX_Version = 0x10000000;
SELECT @rc AS rc;
SELECT name, enabled, email_address, pager_days FROM #op;
GO
SET NOCOUNT ON;
SELECT server_name, location, time_zone_adjustment, status, enlisted_by_nt_user, poll_interval,
  CASE WHEN enlist_date <= GETDATE() AND last_poll_date <= GETDATE() THEN 'ok' END AS dates, local_time_at_last_poll
FROM msdb.dbo.systargetservers WHERE server_name LIKE N'TSXG%' ORDER BY server_name;
GO
SET NOCOUNT ON;
CREATE TABLE #ts (server_id int, server_name sysname, location nvarchar(200), time_zone_adjustment int, enlist_date datetime,
  last_poll_date datetime, status int, unread_instructions int, local_time datetime, enlisted_by_nt_user nvarchar(100), poll_interval int);
DECLARE @rc int;
INSERT INTO #ts EXEC @rc = msdb.dbo.sp_help_targetserver;
SELECT @rc AS rc;
SELECT server_name, location, time_zone_adjustment, status, unread_instructions, enlisted_by_nt_user, poll_interval,
  CASE WHEN local_time >= '2030-01-01' THEN 'ok' END AS local_time_ok
FROM #ts WHERE server_name LIKE N'TSXG%' ORDER BY server_name;
DELETE #ts;
INSERT INTO #ts EXEC msdb.dbo.sp_help_targetserver @server_name = N'tsxg2';
SELECT server_name, poll_interval FROM #ts;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_targetserver @server_name = N'NO_SUCH_TSX'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_targetservergroup @name = N'msx_grp_east';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_targetservergroup @name = N'msx_grp_west';
SELECT @rc AS rc;
SELECT name FROM msdb.dbo.systargetservergroups WHERE name LIKE N'msx_grp_%' ORDER BY name;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_targetservergroup @name = N'msx_grp_east'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_targetservergroup @name = N'msx,grp'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_targetservergroup @name = N'msx_grp_west', @new_name = N'msx_grp_north';
SELECT @rc AS rc;
SELECT name FROM msdb.dbo.systargetservergroups WHERE name LIKE N'msx_grp_%' ORDER BY name;
GO
BEGIN TRY EXEC msdb.dbo.sp_update_targetservergroup @name = N'msx_grp_none', @new_name = N'msx_grp_x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_targetservergroup @name = N'msx_grp_north', @new_name = N'msx_grp_east'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_targetservergroup @name = N'msx_grp_north', @new_name = N'a,b'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_grp_east', @server_name = N'tsxg1';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_grp_east', @server_name = N'TSXG2';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_grp_north', @server_name = N'TSXG2';
SELECT @rc AS rc;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_grp_east', @server_name = N'TSXG1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_grp_none', @server_name = N'TSXG1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_targetsvrgrp_member @group_name = N'msx_grp_east', @server_name = N'NO_SUCH_TSX'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #g (servergroup_id int, name sysname);
DECLARE @rc int;
INSERT INTO #g EXEC @rc = msdb.dbo.sp_help_targetservergroup;
SELECT @rc AS rc;
SELECT name FROM #g WHERE name LIKE N'msx_grp_%' ORDER BY name;
CREATE TABLE #m (server_id int, server_name sysname);
INSERT INTO #m EXEC @rc = msdb.dbo.sp_help_targetservergroup @name = N'msx_grp_east';
SELECT @rc AS rc;
SELECT server_name FROM #m ORDER BY server_name;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_targetservergroup @name = N'msx_grp_none'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_targetsvrgrp_member @group_name = N'msx_grp_east', @server_name = N'TSXG2';
SELECT @rc AS rc;
SELECT g.name, s.server_name FROM msdb.dbo.systargetservergroupmembers AS m
JOIN msdb.dbo.systargetservergroups AS g ON g.servergroup_id = m.servergroup_id
JOIN msdb.dbo.systargetservers AS s ON s.server_id = m.server_id
WHERE g.name LIKE N'msx_grp_%' ORDER BY g.name, s.server_name;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_targetsvrgrp_member @group_name = N'msx_grp_east', @server_name = N'TSXG2'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_targetsvrgrp_member @group_name = N'msx_grp_none', @server_name = N'TSXG2'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_targetservergroup @name = N'msx_grp_north';
SELECT @rc AS rc;
SELECT COUNT(*) AS members_of_deleted FROM msdb.dbo.systargetservergroupmembers AS m
WHERE NOT EXISTS (SELECT 1 FROM msdb.dbo.systargetservergroups AS g WHERE g.servergroup_id = m.servergroup_id);
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_targetservergroup @name = N'msx_grp_north'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #sum (server_id int, server_name sysname, local_time datetime, last_poll_date datetime, unread_instructions int, blocked int, poll_interval int);
DECLARE @rc int;
INSERT INTO #sum EXEC @rc = msdb.dbo.sp_target_server_summary @target_server = N'TSXG1';
SELECT @rc AS rc;
SELECT server_name, unread_instructions, blocked, poll_interval FROM #sum;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_targetservergroup @name = N'msx_grp_east';
DECLARE @rc1 int, @rc2 int;
EXEC @rc1 = msdb.dbo.sp_delete_targetserver @server_name = N'TSXG1', @post_defection = 0;
EXEC @rc2 = msdb.dbo.sp_delete_targetserver @server_name = N'tsxg2', @post_defection = 0;
SELECT @rc1 AS rc1, @rc2 AS rc2, (SELECT COUNT(*) FROM msdb.dbo.systargetservers WHERE server_name LIKE N'TSXG%') AS targets_left;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_targetserver @server_name = N'TSXG1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_operator @name = N'MSXOperator';
SELECT COUNT(*) AS msx_operators FROM msdb.dbo.sysoperators WHERE name = N'MSXOperator';
GO
