EXEC sp_addmessage 50001, 16, N'Item %s has %d units.';
SELECT message_id, language_id, severity, is_event_logged, text FROM sys.messages WHERE message_id = 50001;
GO
RAISERROR(50001, 16, 1, N'widget', 5);
GO
RAISERROR(50001, -1, 2, N'bolt', 7);
GO
RAISERROR(50001, 11, 1, N'nut', 3);
GO
SELECT CAST(FORMATMESSAGE(50001, N'nut', 3) AS nvarchar(100)) AS m;
GO
BEGIN TRY EXEC sp_addmessage 50001, 16, N'again'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC sp_addmessage 50000, 16, N'too low'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_addmessage 50002, 26, N'too severe'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_dropmessage 100; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_dropmessage 50002; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_MESSAGE() AS m; END CATCH
GO
EXEC sp_addmessage @msgnum = 50001, @severity = 10, @msgtext = N'Replaced: %d', @replace = 'replace';
RAISERROR(50001, -1, 1, 9);
SELECT severity, text FROM sys.messages WHERE message_id = 50001;
GO
EXEC sp_altermessage 50001, 'WITH_LOG', 'true';
SELECT is_event_logged FROM sys.messages WHERE message_id = 50001;
EXEC sp_altermessage 50001, 'WITH_LOG', 'false';
SELECT is_event_logged FROM sys.messages WHERE message_id = 50001;
GO
EXEC sp_addmessage 50003, 16, N'Logged %s', @with_log = 'TRUE';
SELECT is_event_logged FROM sys.messages WHERE message_id = 50003;
EXEC msdb.dbo.sp_add_alert @name = N'tsql user message alert', @message_id = 50003;
SELECT message_id, severity FROM msdb.dbo.sysalerts WHERE name = N'tsql user message alert';
EXEC msdb.dbo.sp_delete_alert @name = N'tsql user message alert';
EXEC sp_dropmessage 50003;
GO
EXEC sp_dropmessage 50001;
SELECT COUNT(*) AS c FROM sys.messages WHERE message_id = 50001;
GO
RAISERROR(50001, 16, 1);
GO
SELECT message_id, language_id, severity, is_event_logged, text FROM sys.messages WHERE message_id = 15043;
SELECT error, severity, description, msglangid FROM sys.sysmessages WHERE error = 15179 AND msglangid = 1033;
GO
BEGIN TRY EXEC sp_addmessage 50004, 16; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_addmessage 50004, 16, N'x', @lang = N'klingon'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_addmessage 50004, 16, N'x', @lang = N'English', @with_log = 'maybe'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_altermessage 50004, 'WITH_LOGS', 'true'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_altermessage 50004, 'WITH_LOG', 'yes'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
BEGIN TRY EXEC sp_dropmessage; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
SELECT COUNT(*) AS c FROM sys.messages WHERE message_id = 50004;
GO
CREATE LOGIN user_msgs_public WITH PASSWORD = N'Msgs-Publ1c-Pass!', CHECK_POLICY = OFF;
GO
-- connect: login=user_msgs_public password=Msgs-Publ1c-Pass! database=master
BEGIN TRY EXEC sp_addmessage 50005, 16, N'not allowed'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
SELECT COUNT(*) AS c FROM sys.messages WHERE message_id = 50005;
GO
SELECT COUNT(*) AS c FROM sys.messages WHERE message_id = 50000;
GO
