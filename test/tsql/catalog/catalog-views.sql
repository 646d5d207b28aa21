CREATE TABLE dbo.cat_t (id int NOT NULL CONSTRAINT pk_cat_t PRIMARY KEY, name nvarchar(50) NULL, amount decimal(10,2) NOT NULL);
CREATE INDEX ix_cat_name ON dbo.cat_t (name);
GO
CREATE VIEW dbo.cat_v AS SELECT id FROM dbo.cat_t;
GO
CREATE PROCEDURE dbo.cat_p AS SELECT 1 AS one;
GO
CREATE FUNCTION dbo.cat_f() RETURNS int AS BEGIN RETURN 1; END
GO
SELECT name, type, type_desc FROM sys.objects WHERE name LIKE 'cat[_]%' ORDER BY name;
GO
SELECT name, SCHEMA_NAME(schema_id) AS sch FROM sys.tables WHERE name = 'cat_t';
SELECT name FROM sys.views WHERE name = 'cat_v';
SELECT name FROM sys.procedures WHERE name = 'cat_p';
GO
SELECT c.name, t.name AS type_name, c.max_length, c.[precision], c.scale, c.is_nullable, c.column_id
FROM sys.columns AS c JOIN sys.types AS t ON t.user_type_id = c.user_type_id
WHERE c.object_id = OBJECT_ID('dbo.cat_t') ORDER BY c.column_id;
GO
SELECT name, max_length, [precision], scale FROM sys.types WHERE name IN ('int', 'bigint', 'nvarchar', 'datetime2') ORDER BY name;
GO
SELECT name, type_desc, is_primary_key, is_unique FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.cat_t') ORDER BY index_id;
GO
SELECT name FROM sys.schemas WHERE name IN ('dbo', 'sys', 'guest', 'INFORMATION_SCHEMA') ORDER BY name;
SELECT name, database_id FROM sys.databases WHERE name IN ('master', 'tempdb', 'model', 'msdb') ORDER BY database_id;
GO
SELECT OBJECT_NAME(OBJECT_ID('dbo.cat_p')) AS proc_name, CASE WHEN OBJECT_ID('dbo.cat_t', 'U') IS NULL THEN 0 ELSE 1 END AS is_table,
       OBJECT_ID('dbo.cat_t', 'P') AS wrong_type, OBJECT_ID('dbo.nothing') AS missing, SCHEMA_NAME() AS default_schema, SCHEMA_NAME(1) AS schema1,
       COL_LENGTH('dbo.cat_t', 'name') AS name_len, COL_LENGTH('dbo.cat_t', 'nope') AS no_col;
GO
SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'cat[_]%' ORDER BY TABLE_NAME;
GO
SELECT COLUMN_NAME, ORDINAL_POSITION, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE
FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'cat_t' ORDER BY ORDINAL_POSITION;
GO
SELECT ROUTINE_SCHEMA, ROUTINE_NAME, CAST(ROUTINE_TYPE AS varchar(20)) AS routine_type, DATA_TYPE
FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME LIKE 'cat[_]%' ORDER BY ROUTINE_NAME;
GO
