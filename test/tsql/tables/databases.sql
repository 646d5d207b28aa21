SELECT DB_NAME() AS current_db, DB_ID('master') AS master_id, DB_NAME(1) AS db1;
GO
CREATE DATABASE tsql_extra_db;
GO
CREATE DATABASE tsql_extra_db;
GO
USE tsql_extra_db;
CREATE TABLE dbo.remote_t (v varchar(5));
INSERT dbo.remote_t VALUES ('far');
SELECT DB_NAME() AS db;
GO
USE tsql_tables_databases;
SELECT v FROM tsql_extra_db.dbo.remote_t;
SELECT v FROM [tsql_extra_db].[dbo].[remote_t];
SELECT v FROM tsql_extra_db..remote_t;
GO
INSERT INTO tsql_extra_db.dbo.remote_t VALUES ('near');
SELECT COUNT(*) AS cnt FROM tsql_extra_db.dbo.remote_t;
GO
USE no_such_db;
GO
SELECT name FROM sys.databases WHERE name IN ('master', 'tsql_extra_db', 'tsql_tables_databases') ORDER BY name;
GO
DROP DATABASE tsql_extra_db;
SELECT DB_ID('tsql_extra_db') AS gone;
GO
DROP DATABASE IF EXISTS tsql_extra_db;
PRINT 'no error for a missing database';
GO
