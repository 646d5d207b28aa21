-- A system procedure called with a database in its name runs in that database:
-- `[db].sys.sp_executesql` is how tools reach a database without USE. The caller's database is
-- back afterwards.
SET NOCOUNT ON;
EXEC master.sys.sp_executesql N'SELECT DB_NAME() AS db';
GO
EXEC msdb.dbo.sp_executesql N'SELECT DB_NAME() AS db, COUNT(*) AS agent_tables FROM sys.tables WHERE name = N''sysjobs''';
GO
SELECT DB_NAME() AS db;
GO
EXEC msdb..sp_executesql N'SELECT DB_NAME() AS db', N'@unused int', @unused = 1;
GO
