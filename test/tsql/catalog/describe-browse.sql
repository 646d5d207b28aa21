CREATE TABLE dbo.dbr_t (a int PRIMARY KEY, b1 int);
GO
CREATE TABLE #b (is_hidden bit, column_ordinal int, name sysname NULL, is_nullable bit, system_type_id int, system_type_name nvarchar(256), max_length smallint, [precision] tinyint, scale tinyint, collation_name sysname NULL, user_type_id int, user_type_database sysname NULL, user_type_schema sysname NULL, user_type_name sysname NULL, assembly_qualified_type_name nvarchar(4000), xml_collection_id int, xml_collection_database sysname NULL, xml_collection_schema sysname NULL, xml_collection_name sysname NULL, is_xml_document bit, is_case_sensitive bit, is_fixed_length_clr_type bit, source_server sysname NULL, source_database sysname NULL, source_schema sysname NULL, source_table sysname NULL, source_column sysname NULL, is_identity_column bit, is_part_of_unique_key bit, is_updateable bit, is_computed_column bit, is_sparse_column_set bit, ordinal_in_order_by_list smallint, order_by_list_length smallint, order_by_is_descending smallint, tds_type_id int, tds_length int, tds_collation_id int, tds_collation_sort_id tinyint);
SET NOCOUNT ON;
GO
INSERT INTO #b EXEC sp_describe_first_result_set N'SELECT b1 AS b3 FROM dbo.dbr_t', NULL, 0;
SELECT is_hidden, column_ordinal, name, source_schema, source_table, source_column, is_part_of_unique_key FROM #b;
DELETE FROM #b;
INSERT INTO #b EXEC sp_describe_first_result_set N'SELECT b1 AS b3 FROM dbo.dbr_t', NULL, 1;
SELECT is_hidden, column_ordinal, name, source_server, source_database, source_schema, source_table, source_column, is_part_of_unique_key FROM #b ORDER BY column_ordinal;
DELETE FROM #b;
GO
SELECT is_hidden, column_ordinal, name, source_table, source_column, is_part_of_unique_key
FROM sys.dm_exec_describe_first_result_set(N'SELECT * FROM dbr_t', NULL, 1) ORDER BY column_ordinal;
GO
