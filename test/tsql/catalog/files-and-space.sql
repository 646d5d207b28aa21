SELECT file_id, type, type_desc, data_space_id, name, state, state_desc, max_size, growth, is_percent_growth,
  is_read_only, CASE WHEN size > 0 OR type = 1 THEN 1 ELSE 0 END AS has_size,
  CASE WHEN physical_name LIKE '%.sqlite' OR physical_name LIKE '%.sqlite-wal' THEN 1 ELSE 0 END AS path_ok
FROM sys.database_files ORDER BY file_id;
GO
SELECT database_id, file_id, type_desc, name FROM sys.master_files WHERE database_id <= 4 ORDER BY database_id, file_id;
GO
SELECT COUNT(*) AS same FROM sys.master_files m JOIN sys.database_files f ON f.file_id = m.file_id
  AND f.physical_name = m.physical_name AND f.name = m.name
WHERE m.database_id = DB_ID();
GO
SELECT name, data_space_id, type, type_desc, is_default, is_system FROM sys.data_spaces;
SELECT name, data_space_id, type, type_desc, is_default, is_system, is_read_only FROM sys.filegroups;
GO
SELECT name, file_id, type_desc FROM msdb.sys.database_files ORDER BY file_id;
GO
CREATE TABLE #hf (name sysname, fileid smallint, filename nvarchar(260), filegroup sysname NULL, size nvarchar(18),
  maxsize nvarchar(18), growth nvarchar(18), usage varchar(9));
INSERT INTO #hf EXEC sp_helpfile;
SELECT name, fileid, filegroup, CASE WHEN size LIKE '%[0-9] KB' THEN 1 ELSE 0 END AS size_kb, maxsize, growth, usage,
  CASE WHEN filename = (SELECT physical_name FROM sys.database_files d WHERE d.file_id = #hf.fileid) THEN 1 ELSE 0 END AS same_path
FROM #hf ORDER BY fileid;
DELETE FROM #hf;
INSERT INTO #hf EXEC sp_helpfile @filename = N'tsql_catalog_files_and_space_log';
SELECT name, fileid, usage FROM #hf;
DELETE FROM #hf;
INSERT INTO #hf EXEC sp_helpfile N'no_such_file';
SELECT COUNT(*) AS none FROM #hf;
DROP TABLE #hf;
GO
SET NOCOUNT ON;
CREATE TABLE dbo.space_t (id int NOT NULL PRIMARY KEY, filler nvarchar(400) NOT NULL);
CREATE INDEX ix_space_t_filler ON dbo.space_t (filler);
DECLARE @i int = 1;
WHILE @i <= 300
BEGIN
  INSERT INTO dbo.space_t VALUES (@i, REPLICATE(N'x', 200) + CAST(@i AS nvarchar(10)));
  SET @i += 1;
END
SET NOCOUNT OFF;
GO
SELECT MAX(CASE WHEN index_id < 2 THEN index_id END) AS base_index_id, MIN(partition_number) AS partition_number,
  SUM(CASE WHEN index_id < 2 THEN row_count ELSE 0 END) AS row_count,
  CASE WHEN SUM(CASE WHEN index_id < 2 THEN in_row_data_page_count ELSE 0 END) > 0
    AND SUM(used_page_count) > SUM(CASE WHEN index_id < 2 THEN in_row_data_page_count ELSE 0 END) THEN 1 ELSE 0 END AS pages_ok,
  CASE WHEN SUM(reserved_page_count) >= SUM(used_page_count) THEN 1 ELSE 0 END AS reserved_ok
FROM sys.dm_db_partition_stats WHERE object_id = OBJECT_ID('dbo.space_t');
SELECT index_id, partition_number, row_count, CASE WHEN used_page_count > 0 AND in_row_data_page_count > 0 THEN 1 ELSE 0 END AS has_pages
FROM sys.dm_db_partition_stats WHERE object_id = OBJECT_ID('dbo.space_t') ORDER BY index_id;
SELECT index_id, partition_number, rows, data_compression, data_compression_desc,
  CASE WHEN hobt_id = partition_id THEN 1 ELSE 0 END AS hobt_is_partition
FROM sys.partitions WHERE object_id = OBJECT_ID('dbo.space_t') ORDER BY index_id;
SELECT p.index_id, a.type, a.type_desc, CASE WHEN a.total_pages >= a.used_pages AND a.used_pages > 0 THEN 1 ELSE 0 END AS pages_ok
FROM sys.allocation_units a JOIN sys.partitions p ON a.container_id = p.hobt_id
WHERE p.object_id = OBJECT_ID('dbo.space_t') ORDER BY p.index_id;
GO
CREATE TABLE #su (name sysname, rows char(20), reserved varchar(18), data varchar(18), index_size varchar(18), unused varchar(18));
INSERT INTO #su EXEC sp_spaceused 'dbo.space_t';
SELECT name, rows, CASE WHEN reserved LIKE '%[0-9] KB' AND data LIKE '%[0-9] KB' AND index_size LIKE '%[0-9] KB' THEN 1 ELSE 0 END AS formatted,
  CASE WHEN CAST(REPLACE(data, ' KB', '') AS int) > 0 AND CAST(REPLACE(index_size, ' KB', '') AS int) > 0 THEN 1 ELSE 0 END AS sized,
  CASE WHEN CAST(REPLACE(reserved, ' KB', '') AS int) = CAST(REPLACE(data, ' KB', '') AS int) + CAST(REPLACE(index_size, ' KB', '') AS int)
    + CAST(REPLACE(unused, ' KB', '') AS int) THEN 1 ELSE 0 END AS adds_up
FROM #su;
DROP TABLE #su;
GO
CREATE TABLE #db (database_name sysname, database_size varchar(18), unallocated varchar(18), reserved varchar(18),
  data varchar(18), index_size varchar(18), unused varchar(18));
INSERT INTO #db EXEC sp_spaceused @oneresultset = 1;
SELECT CASE WHEN database_name = DB_NAME() THEN 1 ELSE 0 END AS this_db,
  CASE WHEN database_size LIKE '%[0-9].[0-9][0-9] MB' AND unallocated LIKE '%[0-9].[0-9][0-9] MB' THEN 1 ELSE 0 END AS mb_formatted,
  CASE WHEN reserved LIKE '%[0-9] KB' AND unused LIKE '%[0-9] KB' THEN 1 ELSE 0 END AS kb_formatted,
  CASE WHEN CAST(REPLACE(data, ' KB', '') AS int) > 0 THEN 1 ELSE 0 END AS has_data
FROM #db;
DROP TABLE #db;
GO
BEGIN TRY
  EXEC sp_spaceused 'dbo.no_such_table_x';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
CREATE PROCEDURE dbo.space_p AS SELECT 1;
GO
BEGIN TRY
  EXEC sp_spaceused 'dbo.space_p';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
BEGIN TRY
  EXEC sp_spaceused @updateusage = 'maybe';
END TRY
BEGIN CATCH
  SELECT ERROR_NUMBER() AS number, ERROR_SEVERITY() AS severity, ERROR_MESSAGE() AS message;
END CATCH
GO
SELECT FILE_ID(N'tsql_catalog_files_and_space') AS data_id, FILE_ID('tsql_catalog_files_and_space_log') AS log_id,
  FILE_ID('nope') AS none, FILE_NAME(1) AS data_name, FILE_NAME(2) AS log_name, FILE_NAME(3) AS no_name,
  FILEGROUP_ID('PRIMARY') AS fg_id, FILEGROUP_NAME(1) AS fg_name, FILEGROUP_NAME(2) AS no_fg;
SELECT FILEPROPERTY(name, 'IsPrimaryFile') AS is_primary, FILEPROPERTY(name, 'IsLogFile') AS is_log,
  FILEPROPERTY(name, 'IsReadOnly') AS is_read_only,
  CASE WHEN FILEPROPERTY(name, 'SpaceUsed') BETWEEN 0 AND size THEN 1 ELSE 0 END AS used_within_size,
  FILEPROPERTY(name, 'NoSuchProperty') AS unknown
FROM sys.database_files ORDER BY file_id;
SELECT FILEPROPERTY('nope', 'SpaceUsed') AS no_file;
GO
