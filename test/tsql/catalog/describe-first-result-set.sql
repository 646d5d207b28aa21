CREATE TABLE dfr_t (id int IDENTITY PRIMARY KEY, name nvarchar(20) NOT NULL, amount decimal(9,2) NULL, code varchar(max) NULL);
GO
CREATE TABLE #d (is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256), max_length smallint, [precision] tinyint, scale tinyint, collation_name sysname NULL, user_type_id int, user_type_database sysname NULL, user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000), xml_collection_id int, xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit, is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL, source_table sysname NULL, source_column sysname NULL, is_identity_column bit, is_part_of_unique_key bit, is_updateable bit, is_computed_column bit, is_sparse_column_set bit, ordinal_in_order_by_list smallint, order_by_list_length smallint, order_by_is_descending smallint, tds_type_id int, tds_length int, tds_collation_id int, tds_collation_sort_id tinyint);
INSERT INTO #d EXEC sp_describe_first_result_set N'SELECT id, name, amount, code, amount * amount AS twice FROM dfr_t ORDER BY name DESC';
SELECT column_ordinal, name, is_nullable, system_type_id, system_type_name, max_length, [precision], scale, collation_name FROM #d ORDER BY column_ordinal;
SELECT column_ordinal, user_type_id, is_xml_document, is_case_sensitive, is_identity_column, is_computed_column, ordinal_in_order_by_list, order_by_list_length, order_by_is_descending FROM #d ORDER BY column_ordinal;
SELECT column_ordinal, tds_type_id, tds_length, tds_collation_id, tds_collation_sort_id FROM #d ORDER BY column_ordinal;
GO
DELETE FROM #d;
INSERT INTO #d EXEC sp_describe_first_result_set @tsql = N'DECLARE @x int; UPDATE dfr_t SET name = N''q'' WHERE id = @x; IF @x > 0 SELECT @x AS x, @p AS p ELSE SELECT 2 AS x, @p AS p; SELECT 1 AS later', @params = N'@p datetime2(3)';
SELECT column_ordinal, name, is_nullable, system_type_name, max_length, [precision], scale FROM #d ORDER BY column_ordinal;
GO
DELETE FROM #d;
INSERT INTO #d EXEC sp_describe_first_result_set N'UPDATE dfr_t SET name = N''q''';
SELECT COUNT(*) AS described FROM #d;
GO
BEGIN TRY
  EXEC sp_describe_first_result_set 'SELECT 1';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
GO
DECLARE @t nvarchar(200) = N'DECLARE @s nvarchar(20) = N''SELECT 1'';' + NCHAR(10) + N'EXEC(@s)';
BEGIN TRY
  EXEC sp_describe_first_result_set @t;
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
GO
