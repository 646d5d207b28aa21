SET NOCOUNT ON;
EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'cf_admin_account', @email_address = N'cf@dbmail.test', @mailserver_name = N'127.0.0.1';
EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'cf_admin_profile';
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'cf_admin_profile', @account_name = N'cf_admin_account', @sequence_number = 1;
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_stop_sp;
SELECT @rc AS rc, (SELECT TOP (1) CASE WHEN description LIKE N'The mail queue stopped by login "%".' THEN 1 ELSE 0 END
  FROM msdb.dbo.sysmail_event_log WHERE event_type = 'information' ORDER BY log_id DESC) AS logged;
EXEC msdb.dbo.sysmail_help_status_sp;
GO
SET NOCOUNT ON;
CREATE TABLE #status (Status varchar(7));
INSERT INTO #status EXEC msdb.dbo.sysmail_help_status_sp;
SELECT Status FROM #status;
DROP TABLE #status;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_admin_profile', @recipients = 'a@dbmail.test', @body = N'one', @exclude_query_output = 1;
EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_admin_profile', @recipients = 'b@dbmail.test', @body = N'two', @exclude_query_output = 1;
SELECT COUNT(*) AS unsent FROM msdb.dbo.sysmail_unsentitems AS i
JOIN msdb.dbo.sysmail_profile AS p ON p.profile_id = i.profile_id WHERE p.name = N'cf_admin_profile';
GO
BEGIN TRY EXEC msdb.dbo.sysmail_delete_mailitems_sp; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sysmail_delete_mailitems_sp @sent_status = '   '; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sysmail_delete_mailitems_sp @sent_before = '20000101', @sent_status = 'queued'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_delete_mailitems_sp @sent_before = '19000101';
SELECT @rc AS rc, COUNT(*) AS unsent FROM msdb.dbo.sysmail_mailitems AS i
JOIN msdb.dbo.sysmail_profile AS p ON p.profile_id = i.profile_id WHERE p.name = N'cf_admin_profile';
GO
SELECT TOP (1) event_type, CASE WHEN description LIKE N'Mail items deletion is initiated by user "%". 0 items deleted.' THEN 1 ELSE 0 END AS logged
FROM msdb.dbo.sysmail_event_log ORDER BY log_id DESC;
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_delete_mailitems_sp @sent_status = ' Unsent';
SELECT @rc AS rc, COUNT(*) AS unsent FROM msdb.dbo.sysmail_mailitems AS i
JOIN msdb.dbo.sysmail_profile AS p ON p.profile_id = i.profile_id WHERE p.name = N'cf_admin_profile';
GO
SELECT TOP (1) event_type, CASE WHEN description LIKE N'Mail items deletion is initiated by user "%". % items deleted.' THEN 1 ELSE 0 END AS logged
FROM msdb.dbo.sysmail_event_log ORDER BY log_id DESC;
GO
BEGIN TRY EXEC msdb.dbo.sysmail_delete_log_sp @event_type = 'info'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_delete_log_sp @logged_before = '19000101', @event_type = 'informational';
SELECT @rc AS rc, CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysmail_event_log WHERE event_type = 'information') THEN 1 ELSE 0 END AS kept;
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_delete_log_sp @logged_before = '99991231', @event_type = ' Informational ';
SELECT @rc AS rc, COUNT(*) AS informational FROM msdb.dbo.sysmail_event_log WHERE event_type = 'information';
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_start_sp;
SELECT @rc AS rc, (SELECT TOP (1) CASE WHEN description LIKE N'The mail queue was started by login "%".' THEN 1 ELSE 0 END
  FROM msdb.dbo.sysmail_event_log WHERE event_type = 'information' ORDER BY log_id DESC) AS logged;
EXEC msdb.dbo.sysmail_help_status_sp;
GO
BEGIN TRY EXEC msdb.dbo.sysmail_help_queue_sp @queue_type = N'outbox'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #queues (queue_type nvarchar(6), length int NOT NULL, state nvarchar(64), last_empty_rowset_time datetime, last_activated_time datetime);
INSERT INTO #queues EXEC msdb.dbo.sysmail_help_queue_sp;
INSERT INTO #queues EXEC msdb.dbo.sysmail_help_queue_sp @queue_type = N'STATUS';
SELECT queue_type, CASE WHEN length >= 0 THEN 1 ELSE 0 END AS has_length FROM #queues;
DROP TABLE #queues;
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sysmail_delete_profile_sp @profile_name = N'cf_admin_profile';
EXEC msdb.dbo.sysmail_delete_account_sp @account_name = N'cf_admin_account';
GO
