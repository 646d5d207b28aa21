SET NOCOUNT ON;
EXEC msdb.dbo.sysmail_add_account_sp @account_name = N'cf_att_account', @email_address = N'cf@dbmail.test', @mailserver_name = N'127.0.0.1';
EXEC msdb.dbo.sysmail_add_profile_sp @profile_name = N'cf_att_profile';
EXEC msdb.dbo.sysmail_add_profileaccount_sp @profile_name = N'cf_att_profile', @account_name = N'cf_att_account', @sequence_number = 1;
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @body = N'x', @attach_query_result_as_file = NULL; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @body = N'x', @exclude_query_output = NULL; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @body = N'x', @importance = NULL; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @body = N'x', @sensitivity = NULL; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @body = N'x', @file_attachments = N'setup.exe'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @body = N'x', @file_attachments = N';report.txt'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_send_dbmail @profile_name = N'cf_att_profile', @recipients = 'a@dbmail.test', @query = N'SELECT 1',
  @attach_query_result_as_file = 1, @query_attachment_filename = N'results.VBS'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SELECT COUNT(*) AS queued FROM msdb.dbo.sysmail_mailitems AS i
JOIN msdb.dbo.sysmail_profile AS p ON p.profile_id = i.profile_id WHERE p.name = N'cf_att_profile';
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sysmail_delete_profile_sp @profile_name = N'cf_att_profile';
EXEC msdb.dbo.sysmail_delete_account_sp @account_name = N'cf_att_account';
GO
