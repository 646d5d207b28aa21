SET NOCOUNT ON;
EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'cf_dbmail_account', @email_address = N'cf@dbmail.test', @mailserver_name = N'127.0.0.1';
EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'cf_dbmail_profile';
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'cf_dbmail_profile', @account_name = N'cf_dbmail_account', @sequence_number = 1;
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @recipients = 'a@dbmail.test', @body = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_no_such_profile', @recipients = 'a@dbmail.test', @body = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @body = N'x'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @recipients = '', @copy_recipients = NULL, @subject = N'only a subject'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @recipients = 'a@dbmail.test'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @recipients = 'a@dbmail.test', @body = N'x', @body_format = 'rtf'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @recipients = 'a@dbmail.test', @body = N'x', @importance = 'urgent'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @recipients = 'a@dbmail.test', @body = N'x', @sensitivity = 'secret'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_dbmail_profile', @recipients = 'a@dbmail.test', @body = N'x', @attach_query_result_as_file = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s; END CATCH
GO
SELECT COUNT(*) AS queued FROM msdb.dbo.sysmail_mailitems AS i
JOIN msdb.dbo.sysmail_profile AS p ON p.profile_id = i.profile_id WHERE p.name = N'cf_dbmail_profile';
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sysmail_delete_profile_sp @profile_name = N'cf_dbmail_profile';
EXEC msdb.dbo.sysmail_delete_account_sp @account_name = N'cf_dbmail_account';
GO
