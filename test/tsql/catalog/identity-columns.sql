CREATE TABLE dbo.idc_int (id int IDENTITY(100, 5) NOT NULL, v int NULL);
CREATE TABLE dbo.idc_big (id bigint IDENTITY(5000000000, 10) NOT NULL, v int NULL);
CREATE TABLE dbo.idc_none (id int NOT NULL, v int NULL);
GO
SELECT OBJECT_NAME(object_id) AS table_name, name, column_id, system_type_id, user_type_id, max_length, [precision], scale,
       collation_name, is_nullable, is_identity, is_computed, seed_value, increment_value, last_value, is_not_for_replication
FROM sys.identity_columns
WHERE object_id IN (OBJECT_ID('dbo.idc_int'), OBJECT_ID('dbo.idc_big'), OBJECT_ID('dbo.idc_none'))
ORDER BY table_name;
GO
SET NOCOUNT ON;
DECLARE @seed sql_variant, @incr sql_variant;
SELECT @seed = seed_value, @incr = increment_value FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_big');
SELECT CAST(SQL_VARIANT_PROPERTY(@seed, 'BaseType') AS sysname) AS seed_type, CAST(SQL_VARIANT_PROPERTY(@incr, 'BaseType') AS sysname) AS incr_type,
       IDENT_CURRENT('dbo.idc_int') AS int_current, IDENT_CURRENT('dbo.idc_big') AS big_current;
GO
INSERT dbo.idc_int (v) VALUES (1), (2), (3);
INSERT dbo.idc_big (v) VALUES (1);
INSERT dbo.idc_none (id, v) VALUES (1, 1);
GO
SELECT OBJECT_NAME(i.object_id) AS table_name, i.last_value, IDENT_CURRENT(OBJECT_SCHEMA_NAME(i.object_id) + '.' + OBJECT_NAME(i.object_id)) AS ident_current,
       CASE WHEN CAST(i.last_value AS numeric(38, 0)) = IDENT_CURRENT(OBJECT_SCHEMA_NAME(i.object_id) + '.' + OBJECT_NAME(i.object_id)) THEN 1 ELSE 0 END AS agree
FROM sys.identity_columns AS i
WHERE i.object_id IN (OBJECT_ID('dbo.idc_int'), OBJECT_ID('dbo.idc_big'), OBJECT_ID('dbo.idc_none'))
ORDER BY table_name;
GO
DECLARE @last sql_variant = (SELECT last_value FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_int'));
SELECT CAST(SQL_VARIANT_PROPERTY(@last, 'BaseType') AS sysname) AS last_type, @last AS last_value;
GO
CREATE TABLE dbo.idc_num (id numeric(20, 0) IDENTITY(-3, -1) NOT NULL, v int NULL);
INSERT dbo.idc_num (v) VALUES (1), (2);
DECLARE @last sql_variant = (SELECT last_value FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_num'));
SELECT seed_value, increment_value, last_value, CAST(SQL_VARIANT_PROPERTY(@last, 'BaseType') AS sysname) AS last_type,
       SQL_VARIANT_PROPERTY(@last, 'Precision') AS last_precision, IDENT_CURRENT('dbo.idc_num') AS ident_current
FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_num');
DROP TABLE dbo.idc_num;
GO
SELECT COUNT(*) AS identity_rows FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_none');
SELECT COUNT(*) AS columns_rows FROM sys.columns WHERE object_id = OBJECT_ID('dbo.idc_none');
GO
DELETE dbo.idc_int;
SELECT last_value AS after_delete FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_int');
TRUNCATE TABLE dbo.idc_int;
SELECT last_value AS after_truncate, IDENT_CURRENT('dbo.idc_int') AS ident_current FROM sys.identity_columns WHERE object_id = OBJECT_ID('dbo.idc_int');
GO
DROP TABLE dbo.idc_int;
DROP TABLE dbo.idc_big;
DROP TABLE dbo.idc_none;
GO
