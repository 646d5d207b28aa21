-- sp_MSforeachdb / sp_MSforeachtable (undocumented master procedures over sys.sp_MSforeach_worker):
-- each command runs as EXEC'd dynamic SQL once per accessible database / user table, every
-- occurrence of '?' (or @replacechar) replaced by the bare database name / '[schema].[table]'.
-- The server's database list varies, so commands filter inside themselves.
SET NOCOUNT ON;
CREATE TABLE #dbs (name sysname, seen sysname);
EXEC sp_MSforeachdb N'INSERT #dbs SELECT N''?'', DB_NAME() WHERE N''?'' IN (N''master'', N''msdb'', N''tempdb'', N''model'') OR N''?'' = DB_NAME()';
SELECT name, CASE WHEN seen = DB_NAME() THEN 'caller' END AS context FROM #dbs ORDER BY name;
GO
SET NOCOUNT ON;
CREATE TABLE #ctx (db sysname);
EXEC sp_MSforeachdb N'IF N''?'' IN (N''master'', N''msdb'') EXEC (N''USE [?]; INSERT #ctx SELECT DB_NAME();'')';
SELECT db FROM #ctx ORDER BY db;
SELECT CASE WHEN DB_NAME() = N'tsql_catalog_foreach' THEN 'unchanged' END AS after_foreach;
GO
EXEC sp_MSforeachdb @command1 = N'IF N''#'' = N''master'' SELECT N''#'' AS c1, N''?'' AS q', @replacechar = N'#',
  @command2 = N'IF N''#'' = N''master'' SELECT 2 AS c2', @command3 = N'IF N''#'' = N''msdb'' PRINT N''three #''';
GO
CREATE TABLE dbo.fe_a (id int);
CREATE TABLE dbo.fe_b (id int);
CREATE TABLE dbo.[fe_c]]] (id int);
CREATE TABLE dbo.other (id int);
INSERT dbo.fe_b VALUES (1), (2);
EXEC (N'CREATE SCHEMA fe_s');
CREATE TABLE fe_s.fe_d (id int);
GO
SET NOCOUNT ON;
CREATE TABLE #t (name nvarchar(300), n int);
EXEC sp_MSforeachtable N'INSERT #t SELECT N''?'', COUNT(*) FROM ?', @whereand = N'AND o.name LIKE N''fe%''';
SELECT name, n FROM #t ORDER BY name;
GO
SET NOCOUNT ON;
EXEC sp_MSforeachtable
  @command1 = N'DECLARE @z int = 0; IF N''?'' = N''[dbo].[fe_a]'' SET @z = 1 / @z; INSERT ##fe_log VALUES (N''?'')',
  @whereand = N'AND o.name IN (N''fe_a'', N''fe_b'')',
  @precommand = N'CREATE TABLE ##fe_log (t nvarchar(300))',
  @postcommand = N'SELECT t FROM ##fe_log ORDER BY t; DROP TABLE ##fe_log';
GO
SET NOCOUNT ON;
EXEC sp_MSforeachtable N'IF N''?'' = N''[dbo].[fe_b]'' SELECT id FROM dbo.fe_nothing; SELECT N''?'' AS t',
  @whereand = N'AND o.name <> N''other'' AND SCHEMA_NAME(o.uid) = N''dbo''';
GO
EXEC sp_MSforeachtable N'DECLARE @n int; SET @n = CONVERT(int, N''?'')', @whereand = N'AND o.name IN (N''fe_a'', N''fe_b'')';
SELECT 'not reached' AS r;
GO
CREATE LOGIN fe_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=fe_plain password=Str0ng!Passw0rd database=master
EXEC sp_MSforeachdb N'IF N''?'' = N''master'' SELECT N''?'' AS db, SUSER_SNAME() AS who';
GO
