CREATE TABLE dbo.odbc_parent (region char(2) NOT NULL, code int NOT NULL, label nvarchar(40) NULL,
  CONSTRAINT PK_odbc_parent PRIMARY KEY (region, code), CONSTRAINT UQ_odbc_parent_label UNIQUE (label));
CREATE TABLE dbo.odbc_child (id int NOT NULL CONSTRAINT PK_odbc_child PRIMARY KEY, region char(2) NOT NULL, code int NOT NULL,
  note varchar(10) NULL,
  CONSTRAINT FK_odbc_child_parent FOREIGN KEY (region, code) REFERENCES dbo.odbc_parent (region, code) ON DELETE CASCADE);
CREATE INDEX IX_odbc_child_note ON dbo.odbc_child (note DESC);
CREATE TABLE dbo.odbc_typed (id int IDENTITY(1,1) NOT NULL, at datetime2(3) NULL,
  d date NOT NULL CONSTRAINT DF_odbc_typed_d DEFAULT ('2024-01-01'), t datetime NULL);
GO
CREATE PROCEDURE dbo.odbc_proc @a int, @b nvarchar(20) = N'x', @c decimal(9,2) OUTPUT AS BEGIN SET @c = @a; RETURN 0; END;
GO
SET NOCOUNT ON;
EXEC sp_pkeys @table_name = 'odbc_parent';
EXEC sp_pkeys 'odbc_child', 'dbo';
EXEC sp_pkeys @table_name = 'odbc_par%';
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
EXEC sp_fkeys @pktable_name = 'odbc_parent';
EXEC sp_fkeys @fktable_name = 'odbc_child', @fktable_owner = 'dbo';
EXEC sp_fkeys @pktable_name = 'odbc_child';
SET NOCOUNT OFF;
GO
BEGIN TRY EXEC sp_fkeys; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity; END CATCH;
BEGIN TRY EXEC sp_pkeys @table_name = 'odbc_parent', @table_qualifier = 'master'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message; END CATCH;
GO
SET NOCOUNT ON;
EXEC sp_statistics @table_name = 'odbc_parent';
EXEC sp_statistics_100 'odbc_child', @is_unique = 'Y';
EXEC sp_statistics 'odbc_child', @index_name = 'IX%';
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
EXEC sp_special_columns @table_name = 'odbc_parent';
EXEC sp_special_columns_100 'odbc_child', @ODBCVer = 3;
EXEC sp_special_columns @table_name = 'odbc_parent', @col_type = 'V';
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
EXEC sp_stored_procedures @sp_name = 'odbc_proc';
EXEC sp_stored_procedures @sp_name = 'odbc[_]p%', @sp_owner = 'dbo';
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
EXEC sp_sproc_columns @procedure_name = 'odbc_proc', @column_name = '@a';
CREATE TABLE #params (PROCEDURE_QUALIFIER sysname, PROCEDURE_OWNER sysname, PROCEDURE_NAME nvarchar(134), COLUMN_NAME sysname,
  COLUMN_TYPE smallint, DATA_TYPE smallint, TYPE_NAME sysname, [PRECISION] int, LENGTH int, SCALE smallint, RADIX smallint,
  NULLABLE smallint, REMARKS varchar(254), COLUMN_DEF nvarchar(4000), SQL_DATA_TYPE smallint, SQL_DATETIME_SUB smallint,
  CHAR_OCTET_LENGTH int, ORDINAL_POSITION int, IS_NULLABLE varchar(254), SS_DATA_TYPE tinyint);
INSERT #params EXEC sp_sproc_columns_100 'odbc_proc', @ODBCVer = 3;
SELECT PROCEDURE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, TYPE_NAME, [PRECISION], LENGTH, SCALE, RADIX, NULLABLE, ORDINAL_POSITION, IS_NULLABLE
FROM #params ORDER BY ORDINAL_POSITION;
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
EXEC sp_datatype_info @data_type = 4;
EXEC sp_datatype_info_100 @data_type = 93, @ODBCVer = 3;
EXEC sp_datatype_info 11;
EXEC sp_datatype_info_100 91, 3;
SET NOCOUNT OFF;
GO
SET NOCOUNT ON;
CREATE TABLE #cols (TABLE_QUALIFIER sysname, TABLE_OWNER sysname, TABLE_NAME sysname, COLUMN_NAME sysname, DATA_TYPE smallint,
  TYPE_NAME sysname, [PRECISION] int, LENGTH int, SCALE smallint, RADIX smallint, NULLABLE smallint, REMARKS varchar(254),
  COLUMN_DEF nvarchar(4000), SQL_DATA_TYPE smallint, SQL_DATETIME_SUB smallint, CHAR_OCTET_LENGTH int, ORDINAL_POSITION int,
  IS_NULLABLE varchar(254), SS_DATA_TYPE tinyint, SS_IS_SPARSE smallint, SS_IS_COLUMN_SET smallint, SS_IS_COMPUTED smallint,
  SS_IS_IDENTITY smallint, SS_UDT_CATALOG_NAME sysname NULL, SS_UDT_SCHEMA_NAME sysname NULL, SS_UDT_ASSEMBLY_TYPE_NAME sysname NULL,
  SS_XML_SCHEMACOLLECTION_CATALOG_NAME sysname NULL, SS_XML_SCHEMACOLLECTION_SCHEMA_NAME sysname NULL,
  SS_XML_SCHEMACOLLECTION_NAME sysname NULL);
INSERT #cols EXEC sp_columns_100 @table_name = 'odbc_typed', @ODBCVer = 3;
SELECT COLUMN_NAME, DATA_TYPE, TYPE_NAME, [PRECISION], LENGTH, SCALE, NULLABLE, COLUMN_DEF, SQL_DATA_TYPE, SQL_DATETIME_SUB,
  ORDINAL_POSITION, IS_NULLABLE, SS_IS_SPARSE, SS_IS_COMPUTED, SS_IS_IDENTITY
FROM #cols ORDER BY ORDINAL_POSITION;
DELETE #cols;
INSERT #cols EXEC sp_columns_100 'odbc%', 'dbo', NULL, 'code', 2, 3;
SELECT TABLE_NAME, COLUMN_NAME, TYPE_NAME, NULLABLE FROM #cols ORDER BY TABLE_NAME;
SET NOCOUNT OFF;
GO
