CREATE TABLE dup_t (id int NOT NULL, name nvarchar(30) NULL, code char(30) NULL, price decimal(9,2) NULL, at datetime2(3) NULL);
GO
CREATE TABLE #u (parameter_ordinal int, name sysname, suggested_system_type_id int, suggested_system_type_name nvarchar(256), suggested_max_length smallint, suggested_precision tinyint, suggested_scale tinyint, suggested_user_type_id int, suggested_user_type_database sysname NULL, suggested_user_type_schema sysname NULL, suggested_user_type_name sysname NULL, suggested_assembly_qualified_type_name nvarchar(4000), suggested_xml_collection_id int, suggested_xml_collection_database sysname NULL, suggested_xml_collection_schema sysname NULL, suggested_xml_collection_name sysname NULL, suggested_is_xml_document bit, suggested_is_case_sensitive bit, suggested_is_fixed_length_clr_type bit, suggested_is_input bit, suggested_is_output bit, formal_parameter_name sysname NULL, suggested_tds_type_id int, suggested_tds_length int);
SET NOCOUNT ON;
GO
INSERT INTO #u EXEC sp_describe_undeclared_parameters @tsql = N'SELECT id, name FROM dup_t WHERE id = @id OR name = @name';
SELECT parameter_ordinal, name, suggested_system_type_id, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale, suggested_user_type_id, suggested_is_input, suggested_is_output, formal_parameter_name FROM #u ORDER BY parameter_ordinal;
DELETE FROM #u;
INSERT INTO #u EXEC sp_describe_undeclared_parameters @tsql = N'SELECT id, name FROM dup_t WHERE id = @id OR name = @name', @params = N'@id int';
SELECT parameter_ordinal, name, suggested_system_type_name FROM #u ORDER BY parameter_ordinal;
DELETE FROM #u;
GO
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE code = @p';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE code > @p';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE price <= @p';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE at >= @p';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE id < @p';
SELECT name, suggested_system_type_name, suggested_max_length, suggested_precision, suggested_scale FROM #u;
DELETE FROM #u;
GO
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'INSERT INTO dup_t (id, price) VALUES (@a, @b)';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'UPDATE dup_t SET at = @t WHERE id = @k';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT CAST(@c AS bigint) AS c';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT id FROM dup_t WHERE id = 1';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT id FROM dup_t WHERE id = id + @n';
INSERT INTO #u EXEC sp_describe_undeclared_parameters N'SELECT NULL + @z AS z';
SELECT parameter_ordinal, name, suggested_system_type_name, suggested_tds_type_id, suggested_tds_length FROM #u;
DELETE FROM #u;
GO
BEGIN TRY
  EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE @p1 = @p2';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
BEGIN TRY
  EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE id = @p1 + @p2';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
BEGIN TRY
  EXEC sp_describe_undeclared_parameters N'SELECT * FROM dup_t WHERE id = @p OR price = @p';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message;
END CATCH
GO
