SET NOCOUNT ON;
CREATE TABLE #cfg (paramname nvarchar(256), paramvalue nvarchar(256), description nvarchar(256));
INSERT INTO #cfg EXEC msdb.dbo.sysmail_help_configure_sp;
SELECT paramname, paramvalue, description FROM #cfg WHERE paramname <> N'AccountRetryDelay' ORDER BY paramname;
SELECT description FROM #cfg WHERE paramname = N'AccountRetryDelay';
DROP TABLE #cfg;
GO
EXEC msdb.dbo.sysmail_help_configure_sp @parameter_name = N'MaxFileSize';
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_configure_sp 'MaxFileSize', '2097152';
SELECT @rc AS rc;
EXEC msdb.dbo.sysmail_help_configure_sp @parameter_name = N'MaxFileSize';
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_configure_sp @parameter_name = N'MaxFileSize', @parameter_value = N'1000000', @description = N'Default maximum file size';
SELECT @rc AS rc;
EXEC msdb.dbo.sysmail_help_configure_sp @parameter_name = N'MaxFileSize';
GO
DECLARE @rc int;
EXEC @rc = msdb.dbo.sysmail_configure_sp @parameter_name = N'NoSuchMailParameter', @parameter_value = N'1';
SELECT @rc AS rc, (SELECT COUNT(*) FROM msdb.dbo.sysmail_configuration WHERE paramname = N'NoSuchMailParameter') AS added;
EXEC msdb.dbo.sysmail_help_configure_sp @parameter_name = N'NoSuchMailParameter';
GO
DECLARE @v nvarchar(256), @rc int;
EXEC @rc = msdb.dbo.sysmail_help_configure_value_sp @parameter_name = N'ProhibitedExtensions', @parameter_value = @v OUTPUT;
SELECT @rc AS rc, @v AS v;
GO
BEGIN TRY
  DECLARE @v nvarchar(256);
  EXEC msdb.dbo.sysmail_help_configure_value_sp @parameter_name = NULL, @parameter_value = @v OUTPUT;
END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SELECT TOP (0) attachment_id, mailitem_id, filesize, attachment, last_mod_date, last_mod_user FROM msdb.dbo.sysmail_mailattachments;
GO
