-- KILL's errors ("KILL (Transact-SQL)") in SQL Server's check order, the caller's own row of
-- sys.dm_exec_requests and sys.sysprocesses, and DBCC INPUTBUFFER of one's own session (its
-- EventInfo is the batch itself). No session 32000 exists on the conformance node. KILL takes a
-- constant, so session ids known only at run time go through dynamic SQL; a ##table hands this
-- connection's id to the later ones.
DECLARE @k nvarchar(40) = N'KILL ' + CAST(@@SPID AS nvarchar(10));
EXEC (@k);
GO
DECLARE @k nvarchar(60) = N'KILL ' + CAST(@@SPID AS nvarchar(10)) + N' WITH STATUSONLY';
EXEC (@k);
GO
KILL 32000;
GO
BEGIN TRY KILL 0; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
BEGIN TRY KILL -1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
GO
BEGIN TRAN;
KILL 32000;
ROLLBACK;
GO
BEGIN TRY EXEC (N'KILL 32000 WITH COMMIT'); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
BEGIN TRY EXEC (N'KILL ''abc'''); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
GO
BEGIN TRY KILL 'D0F1B6C4-0000-0000-0000-000000000000'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev; END CATCH
GO
KILL @@SPID;
GO
SELECT CASE WHEN session_id = @@SPID THEN 'me' END AS who, request_id, status, command,
  blocking_session_id, wait_type, open_transaction_count, transaction_isolation_level
FROM sys.dm_exec_requests WHERE session_id = @@SPID;
GO
BEGIN TRAN;
SELECT open_transaction_count FROM sys.dm_exec_requests WHERE session_id = @@SPID;
ROLLBACK;
GO
SELECT CASE WHEN spid = @@SPID THEN 'me' END AS who, blocked, ecid, open_tran, RTRIM(status) AS status, request_id
FROM sys.sysprocesses WHERE spid = @@SPID;
GO
SELECT COUNT(*) AS n FROM master.dbo.sysprocesses WHERE spid = @@SPID;
GO
SELECT TOP (0) * FROM sys.sysprocesses;
GO
DBCC INPUTBUFFER(@@SPID);
GO
DBCC INPUTBUFFER(@@SPID) WITH NO_INFOMSGS;
GO
DBCC INPUTBUFFER(32000);
GO
DBCC INPUTBUFFER('x');
GO
DBCC INPUTBUFFER;
GO
DBCC INPUTBUFFER(@@SPID) WITH TABLERESULTS;
GO
BEGIN TRY DBCC INPUTBUFFER(@@SPID, 5); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev,
  CASE WHEN ERROR_MESSAGE() = N'An invalid server process identifier (SPID) ' + CAST(@@SPID AS nvarchar(10))
    + N' or batch ID 5 was specified.' THEN 'text ok' END AS m; END CATCH
GO
CREATE TABLE ##kill_conf_first (spid int);
INSERT INTO ##kill_conf_first VALUES (@@SPID);
CREATE LOGIN kill_conf_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=sa database=master
DECLARE @first int = (SELECT spid FROM ##kill_conf_first);
DECLARE @k nvarchar(60) = N'KILL ' + CAST(@first AS nvarchar(10)) + N' WITH STATUSONLY';
BEGIN TRY EXEC (@k); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_STATE() AS st,
  CASE WHEN ERROR_MESSAGE() = N'Status report cannot be obtained. Rollback operation for Process ID '
    + CAST(@first AS nvarchar(10)) + N' is not in progress.' THEN 'text ok' END AS m; END CATCH
GO
-- connect: login=kill_conf_plain password=Str0ng!Passw0rd database=master
KILL 32000;
GO
DECLARE @k nvarchar(40) = N'KILL ' + (SELECT CAST(spid AS nvarchar(10)) FROM ##kill_conf_first);
EXEC (@k);
GO
DECLARE @k nvarchar(60) = N'KILL ' + (SELECT CAST(spid AS nvarchar(10)) FROM ##kill_conf_first) + N' WITH STATUSONLY';
EXEC (@k);
GO
SELECT COUNT(*) AS n FROM sys.dm_exec_requests WHERE session_id <> @@SPID;
GO
-- connect: login=sa database=master
DECLARE @k nvarchar(40) = N'KILL ' + (SELECT CAST(MIN(session_id) AS nvarchar(10))
  FROM sys.dm_exec_sessions WHERE login_name = N'kill_conf_plain');
EXEC (@k);
SELECT COUNT(*) AS n FROM sys.dm_exec_sessions WHERE login_name = N'kill_conf_plain';
DROP LOGIN kill_conf_plain;
DROP TABLE ##kill_conf_first;
GO
