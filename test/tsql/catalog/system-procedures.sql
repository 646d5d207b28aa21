CREATE TABLE dbo.sp_t (id int NOT NULL, name nvarchar(50) NULL, amount decimal(10,2) NOT NULL);
GO
CREATE PROCEDURE dbo.sp_p AS SELECT 1 AS one;
GO
SET NOCOUNT ON;
EXEC sp_helptext 'dbo.sp_p';
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
EXEC sp_tables @table_name = 'sp_t';
SET NOCOUNT OFF;
GO
CREATE TABLE #cols (TABLE_QUALIFIER sysname, TABLE_OWNER sysname, TABLE_NAME sysname, COLUMN_NAME sysname, DATA_TYPE smallint,
  TYPE_NAME sysname, [PRECISION] int, LENGTH int, SCALE smallint, RADIX smallint, NULLABLE smallint, REMARKS varchar(254),
  COLUMN_DEF nvarchar(4000), SQL_DATA_TYPE smallint, SQL_DATETIME_SUB smallint, CHAR_OCTET_LENGTH int, ORDINAL_POSITION int,
  IS_NULLABLE varchar(254), SS_DATA_TYPE tinyint);
INSERT #cols EXEC sp_columns @table_name = 'sp_t';
SELECT COLUMN_NAME, DATA_TYPE, TYPE_NAME, [PRECISION], LENGTH, SCALE, NULLABLE, IS_NULLABLE FROM #cols ORDER BY ORDINAL_POSITION;
GO
SET NOCOUNT ON;
CREATE TABLE #dbs (DATABASE_NAME sysname, DATABASE_SIZE int, REMARKS varchar(254));
INSERT #dbs EXEC sp_databases;
SELECT COUNT(*) AS listed FROM #dbs WHERE DATABASE_NAME IN ('master', DB_NAME());
SET NOCOUNT OFF;
GO
