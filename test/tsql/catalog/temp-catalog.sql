CREATE TABLE #tc_k (id int IDENTITY(5, 2) NOT NULL, a int NULL, b nvarchar(10) NULL, d decimal(9, 2) NULL);
GO
SELECT name, column_id, system_type_id, user_type_id, max_length, [precision], scale, collation_name, is_nullable, is_identity
FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tc_k') ORDER BY column_id;
GO
SELECT LEN(name) AS name_len,
  CASE WHEN LEFT(name, 6) = '#tc_k_' THEN 1 ELSE 0 END AS prefix,
  CASE WHEN SUBSTRING(name, 6, 111) = REPLICATE('_', 111) THEN 1 ELSE 0 END AS padded,
  CASE WHEN RIGHT(name, 12) LIKE '%[^0-9A-F]%' THEN 0 ELSE 1 END AS hex_suffix,
  CASE WHEN object_id = OBJECT_ID('tempdb..#tc_k') AND object_id < 0 THEN 1 ELSE 0 END AS same_id,
  type, type_desc, SCHEMA_NAME(schema_id) AS schema_name, parent_object_id, is_ms_shipped, max_column_id_used
FROM tempdb.sys.tables WHERE name LIKE '#tc[_]k[_]%';
SELECT COUNT(*) AS objects FROM tempdb.sys.objects
WHERE object_id = OBJECT_ID('tempdb..#tc_k') AND name LIKE '#tc[_]k[_]%' AND type = 'U' AND type_desc = 'USER_TABLE';
SELECT COUNT(*) AS in_user_db FROM sys.tables WHERE name LIKE '#tc%';
GO
SELECT COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE
FROM tempdb.INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME LIKE '#tc[_]k[_]%' ORDER BY ORDINAL_POSITION;
SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_TYPE FROM tempdb.INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE '#tc[_]k[_]%';
GO
ALTER TABLE #tc_k ADD e bit NULL;
SELECT name, column_id, system_type_id FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tc_k') AND column_id > 3;
GO
USE tempdb;
SELECT COUNT(*) AS cols FROM sys.columns WHERE object_id = OBJECT_ID('#tc_k');
USE tsql_catalog_temp_catalog;
GO
CREATE TABLE ##tc_g (x int NOT NULL);
SELECT name, type, CASE WHEN object_id = OBJECT_ID('tempdb..##tc_g') THEN 1 ELSE 0 END AS same_id
FROM tempdb.sys.tables WHERE name = '##tc_g';
SELECT name, column_id, is_nullable FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..##tc_g');
DROP TABLE ##tc_g;
GO
BEGIN TRAN;
CREATE TABLE #tc_r (x int NULL);
SELECT COUNT(*) AS in_tran FROM tempdb.sys.tables WHERE name LIKE '#tc[_]r[_]%';
ROLLBACK;
SELECT COUNT(*) AS after_rollback FROM tempdb.sys.tables WHERE name LIKE '#tc[_]r[_]%';
SELECT OBJECT_ID('tempdb..#tc_r') AS id_after;
GO
CREATE TABLE #tc_d (x int NULL, y varchar(3) NULL);
GO
BEGIN TRAN;
DROP TABLE #tc_d;
SELECT COUNT(*) AS in_tran FROM tempdb.sys.tables WHERE name LIKE '#tc[_]d[_]%';
ROLLBACK;
SELECT COUNT(*) AS after_rollback FROM tempdb.sys.tables WHERE name LIKE '#tc[_]d[_]%';
SELECT name FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#tc_d') ORDER BY column_id;
GO
CREATE PROCEDURE dbo.tc_temp_proc AS
BEGIN
  CREATE TABLE #tc_p (x int NULL);
  SELECT COUNT(*) AS inside FROM tempdb.sys.tables WHERE name LIKE '#tc[_]p[_]%';
END;
GO
EXEC dbo.tc_temp_proc;
SELECT COUNT(*) AS after_proc FROM tempdb.sys.tables WHERE name LIKE '#tc[_]p[_]%';
GO
SELECT COUNT(*) AS n FROM tempdb.sys.tables WHERE name LIKE '#tc[_]c[_]%';
GO
CREATE TABLE #tc_c (x int NULL);
GO
SELECT COUNT(*) AS n FROM tempdb.sys.tables WHERE name LIKE '#tc[_]c[_]%';
GO
DROP TABLE #tc_c;
GO
SELECT COUNT(*) AS n FROM tempdb.sys.tables WHERE name LIKE '#tc[_]c[_]%';
GO
