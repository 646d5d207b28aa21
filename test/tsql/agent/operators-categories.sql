SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_operator @name = N'ag_op_one', @email_address = N'one@example.com';
SELECT @rc AS rc;
SELECT name, enabled, email_address, pager_address, netsend_address, last_email_date, last_email_time,
  weekday_pager_start_time, weekday_pager_end_time, saturday_pager_start_time, saturday_pager_end_time,
  sunday_pager_start_time, sunday_pager_end_time, pager_days, category_id
FROM msdb.dbo.sysoperators WHERE name = N'ag_op_one';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_operator @name = N'ag_op_one'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_operator @name = N'ag_op_bad', @pager_days = 200; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_operator @name = N'ag_op_bad', @weekday_pager_start_time = 240000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_operator @name = N'ag_op_bad', @category_name = N'no such category op'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_operator @name = N'ag_op_one', @new_name = N'ag_op_uno', @enabled = 0, @pager_days = 62, @pager_address = N'pager@example.com';
SELECT @rc AS rc;
SELECT name, enabled, email_address, pager_address, pager_days FROM msdb.dbo.sysoperators WHERE name LIKE N'ag_op_%';
GO
BEGIN TRY EXEC msdb.dbo.sp_update_operator @name = N'no_such_operator_op', @enabled = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #op (id int, name sysname, enabled tinyint, email_address nvarchar(100), last_email_date int, last_email_time int,
  pager_address nvarchar(100), last_pager_date int, last_pager_time int, weekday_pager_start_time int, weekday_pager_end_time int,
  saturday_pager_start_time int, saturday_pager_end_time int, sunday_pager_start_time int, sunday_pager_end_time int,
  pager_days tinyint, netsend_address nvarchar(100), last_netsend_date int, last_netsend_time int, category_name sysname);
DECLARE @rc int;
INSERT INTO #op EXEC @rc = msdb.dbo.sp_help_operator @operator_name = N'ag_op_uno';
SELECT @rc AS rc;
SELECT name, enabled, email_address, pager_address, pager_days, category_name FROM #op;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_operator @operator_name = N'no_such_operator_op'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_operator @name = N'ag_op_uno';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysoperators WHERE name = N'ag_op_uno') AS left_;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_operator @name = N'ag_op_uno'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_category @class = N'JOB', @type = N'LOCAL', @name = N'ag_cat_local';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_category @class = N'JOB', @type = N'MULTI-SERVER', @name = N'ag_cat_multi';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_add_category @class = N'OPERATOR', @type = N'NONE', @name = N'ag_cat_ops';
SELECT @rc AS rc;
SELECT name, category_class, category_type FROM msdb.dbo.syscategories WHERE name LIKE N'ag_cat_%' ORDER BY name;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_category @class = N'JOB', @type = N'LOCAL', @name = N'ag_cat_local'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_category @class = N'THING', @name = N'ag_cat_bad'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_category @class = N'JOB', @type = N'GLOBAL', @name = N'ag_cat_bad'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #c (category_id int, category_type tinyint, name sysname);
DECLARE @rc int;
INSERT INTO #c EXEC @rc = msdb.dbo.sp_help_category @class = N'JOB', @name = N'ag_cat_multi';
SELECT @rc AS rc;
SELECT category_type, name FROM #c;
DELETE #c;
INSERT INTO #c EXEC msdb.dbo.sp_help_category @class = N'JOB', @type = N'MULTI-SERVER';
SELECT category_id, category_type, name FROM #c WHERE category_id < 100 ORDER BY category_id;
GO
SET NOCOUNT ON;
CREATE TABLE #cs (category_id int, category_type sysname, name sysname);
INSERT INTO #cs EXEC msdb.dbo.sp_help_category @class = N'JOB', @name = N'ag_cat_local', @suffix = 1;
SELECT category_type, name FROM #cs;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_category @class = N'JOB', @type = N'GLOBAL'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_category @class = N'OPERATOR', @name = N'ag_cat_local'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_category @class = N'ALERT', @type = N'LOCAL'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
SELECT category_id, category_class, category_type, name FROM msdb.dbo.syscategories WHERE category_id IN (0, 1, 2, 3, 98, 99) ORDER BY category_id;
EXEC msdb.dbo.sp_delete_category @class = N'JOB', @name = N'ag_cat_local';
EXEC msdb.dbo.sp_delete_category @class = N'JOB', @name = N'ag_cat_multi';
EXEC msdb.dbo.sp_delete_category @class = N'OPERATOR', @name = N'ag_cat_ops';
SELECT COUNT(*) AS left_ FROM msdb.dbo.syscategories WHERE name LIKE N'ag_cat_%';
GO
