-- sp_add_alert / sp_update_alert @performance_condition = N'object|counter|instance|comparator|value'
-- as msdb's sp_verify_performance_condition checks it (called by sp_verify_alert): 14507 unless the
-- text matches PATINDEX(N'%_|%_|%|[><=]|[0-9]%') and has exactly four '|' after the object's
-- prefix; then 14262 for an object, counter or instance that sysalerts_performance_counters_view
-- (sys.dm_os_performance_counters without the 'SQLServer:' / 'MSSQL$<name>:' prefix) does not list.
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_no_value', @performance_condition = N'SQLServer:General Statistics|User Connections||>|'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_two_char_comparator', @performance_condition = N'SQLServer:General Statistics|User Connections||>=|5'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_negative', @performance_condition = N'SQLServer:General Statistics|User Connections||<|-1'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_no_instance_part', @performance_condition = N'SQLServer:General Statistics|User Connections|>|5'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_five_bars', @performance_condition = N'SQLServer:General Statistics|User Connections|||>|5'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_object', @performance_condition = N'SQLServer:No Such Object|User Connections||>|5'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_counter', @performance_condition = N'SQLServer:General Statistics|No Such Counter||>|5'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_instance', @performance_condition = N'SQLServer:Locks|Lock Waits/sec|No Such Instance|>|0'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
-- the Locks counters have instances (_Total and per resource), none of them empty
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'pc_empty_instance', @performance_condition = N'SQLServer:Locks|Lock Waits/sec||>|0'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
-- nothing is stored by a refused condition
SELECT COUNT(*) AS refused_stored FROM msdb.dbo.sysalerts WHERE name LIKE N'pc[_]%';
GO
-- accepted: the prefix before ':' is not compared (a named instance's MSSQL$<name>: too);
-- the value need only start with a digit
SET NOCOUNT ON;
DECLARE @rc1 int, @rc2 int, @rc3 int;
EXEC @rc1 = msdb.dbo.sp_add_alert @name = N'pc_locks', @performance_condition = N'SQLServer:Locks|Lock Waits/sec|_Total|>|0';
EXEC @rc2 = msdb.dbo.sp_add_alert @name = N'pc_named_prefix', @performance_condition = N'MSSQL$OTHER:General Statistics|User Connections||=|2.5';
EXEC @rc3 = msdb.dbo.sp_add_alert @name = N'pc_batches', @performance_condition = N'SQLServer:SQL Statistics|Batch Requests/sec||<|10';
SELECT @rc1 AS rc1, @rc2 AS rc2, @rc3 AS rc3;
SELECT name, message_id, severity, performance_condition, event_id, occurrence_count
FROM msdb.dbo.sysalerts WHERE name LIKE N'pc[_]%' ORDER BY name;
GO
-- sp_update_alert checks the new condition the same way (sp_verify_alert)
BEGIN TRY EXEC msdb.dbo.sp_update_alert @name = N'pc_locks', @performance_condition = N'SQLServer:Locks|Lock Waits/sec|_Total|!|0'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_alert @name = N'pc_locks', @performance_condition = N'SQLServer:Locks|Lock Waits/sec|Nowhere|>|0'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_alert @name = N'pc_locks', @performance_condition = N'SQLServer:Locks|Lock Waits/sec|_Total|>|3';
SELECT @rc AS rc, performance_condition FROM msdb.dbo.sysalerts WHERE name = N'pc_locks';
GO
-- the view the check reads: prefix stripped, names trimmed
SELECT object_name, counter_name, instance_name, cntr_type
FROM msdb.dbo.sysalerts_performance_counters_view
WHERE counter_name IN (N'User Connections', N'Lock Waits/sec') ORDER BY counter_name;
GO
EXEC msdb.dbo.sp_delete_alert @name = N'pc_locks';
EXEC msdb.dbo.sp_delete_alert @name = N'pc_named_prefix';
EXEC msdb.dbo.sp_delete_alert @name = N'pc_batches';
GO
