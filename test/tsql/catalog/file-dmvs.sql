SELECT TOP (0) * FROM sys.dm_io_virtual_file_stats(DB_ID(), NULL);
SELECT COUNT(*) AS files, MIN(file_id) AS first_file, MAX(file_id) AS last_file FROM sys.dm_io_virtual_file_stats(DB_ID(), NULL);
SELECT COUNT(*) AS log_rows FROM sys.dm_io_virtual_file_stats(DB_ID(), 2);
SELECT COUNT(*) AS no_rows FROM sys.dm_io_virtual_file_stats(32000, NULL);
GO
SELECT TOP (0) * FROM sys.dm_db_file_space_usage;
SELECT CASE WHEN database_id = DB_ID() THEN 1 ELSE 0 END AS current_db, file_id, filegroup_id,
  CASE WHEN allocated_extent_page_count + unallocated_extent_page_count <= total_page_count THEN 1 ELSE 0 END AS within_total
FROM sys.dm_db_file_space_usage;
GO
SELECT TOP (0) * FROM sys.dm_db_log_space_usage;
SELECT CASE WHEN database_id = DB_ID() THEN 1 ELSE 0 END AS current_db,
  CASE WHEN used_log_space_in_bytes <= total_log_size_in_bytes THEN 1 ELSE 0 END AS used_within_total
FROM sys.dm_db_log_space_usage;
GO
SELECT TOP (0) * FROM sys.database_recovery_status;
SELECT COUNT(*) AS this_db FROM sys.database_recovery_status WHERE database_id = DB_ID();
GO
CREATE LOGIN filedmv_plain WITH PASSWORD = 'Plain#Pass1', CHECK_POLICY = OFF;
CREATE USER filedmv_plain FOR LOGIN filedmv_plain;
GO
-- connect: login=filedmv_plain password=Plain#Pass1
SELECT * FROM sys.dm_db_file_space_usage;
GO
SELECT * FROM sys.dm_io_virtual_file_stats(NULL, NULL);
GO
SELECT * FROM sys.dm_db_log_space_usage;
GO
