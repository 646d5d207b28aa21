CREATE TABLE dfp_t1 (a int NULL, b varchar(10) NULL, c nvarchar(10) NULL);
CREATE TABLE dfp_t2 (a smallint NOT NULL, d varchar(20) NOT NULL, e int NOT NULL);
GO
CREATE TABLE #r (is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256), max_length smallint, [precision] tinyint, scale tinyint, collation_name sysname NULL, user_type_id int, user_type_database sysname NULL, user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000), xml_collection_id int, xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit, is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL, source_table sysname NULL, source_column sysname NULL, is_identity_column bit, is_part_of_unique_key bit, is_updateable bit, is_computed_column bit, is_sparse_column_set bit, ordinal_in_order_by_list smallint, order_by_list_length smallint, order_by_is_descending smallint, tds_type_id int, tds_length int, tds_collation_id int, tds_collation_sort_id tinyint);
GO
SET NOCOUNT ON;
INSERT INTO #r EXEC sp_describe_first_result_set N'IF (1=1) SELECT b FROM dfp_t1; ELSE SELECT d FROM dfp_t2;';
SELECT name, is_nullable, system_type_name FROM #r;
DELETE FROM #r;
INSERT INTO #r EXEC sp_describe_first_result_set N'IF (1=1) SELECT b FROM dfp_t1; ELSE SELECT d AS b FROM dfp_t2;';
SELECT name, is_nullable, system_type_name FROM #r;
DELETE FROM #r;
GO
SET NOCOUNT ON;
INSERT INTO #r EXEC sp_describe_first_result_set N'IF (1=1) RAISERROR(''Some Error'', 16, 1); ELSE SELECT a FROM dfp_t1; SELECT e FROM dfp_t2;';
SELECT name, is_nullable, system_type_name FROM #r;
DELETE FROM #r;
INSERT INTO #r EXEC sp_describe_first_result_set N'IF (1=1) RETURN; SELECT a FROM dfp_t1;';
SELECT name, is_nullable, system_type_name FROM #r;
DELETE FROM #r;
INSERT INTO #r EXEC sp_describe_first_result_set N'EXEC(N''SELECT a FROM dfp_t1'');';
SELECT name, is_nullable, system_type_name FROM #r;
DELETE FROM #r;
GO
BEGIN TRY
  EXEC sp_describe_first_result_set N'IF (1=1) SELECT a FROM dfp_t1; ELSE SELECT a, b FROM dfp_t1;';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number;
END CATCH
BEGIN TRY
  EXEC sp_describe_first_result_set N'IF (1=1) SELECT a FROM dfp_t1; ELSE SELECT a FROM dfp_t2;';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number;
END CATCH
BEGIN TRY
  EXEC sp_describe_first_result_set N'IF (1=1) SELECT b FROM dfp_t1; ELSE SELECT c FROM dfp_t1;';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number;
END CATCH
GO
BEGIN TRY
  EXEC sp_describe_first_result_set N'DECLARE @SQL nvarchar(max) = N''SELECT a FROM dfp_t1''; EXEC(@SQL);';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number;
END CATCH
BEGIN TRY
  EXEC sp_describe_first_result_set N'SELECT * FROM dfp_no_such_table';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
BEGIN TRY
  EXEC sp_describe_first_result_set N'SELECT a FROM';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
BEGIN TRY
  EXEC sp_describe_first_result_set N'SELECT 1', NULL, 3;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
GO
CREATE PROCEDURE dfp_proc @k int AS
BEGIN
  IF @k > 0 RETURN;
  SELECT a, b FROM dfp_t1 WHERE a = @k;
  SELECT 1 AS later;
END
GO
CREATE PROCEDURE dfp_dyn AS
BEGIN
  DECLARE @s nvarchar(100) = N'SELECT 1';
  EXEC (@s);
END
GO
SET NOCOUNT ON;
DELETE FROM #r;
INSERT INTO #r EXEC sp_describe_first_result_set N'EXEC dfp_proc 1';
SELECT name, is_nullable, system_type_name FROM #r;
DELETE FROM #r;
BEGIN TRY
  EXEC sp_describe_first_result_set N'EXEC dfp_dyn';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number;
END CATCH
GO
