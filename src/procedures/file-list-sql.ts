// The file list sp_helpfile and sp_helpdb @dbname send, as SQL Server's own bodies build it from
// sys.database_files / sys.master_files: sizes in KB ('8192 KB'), maxsize 'Unlimited' for -1,
// growth in KB or as a percentage, usage 'data only' / 'log only', filegroup NULL for the log.

/** The SELECT list over a file view aliased `f`. */
export const FILE_LIST_COLUMNS = `CAST(f.name AS nvarchar(128)) AS name, CAST(f.file_id AS smallint) AS fileid,
    CAST(f.physical_name AS nvarchar(260)) AS filename,
    CAST(CASE WHEN f.data_space_id = 0 THEN NULL ELSE N'PRIMARY' END AS nvarchar(128)) AS filegroup,
    CAST(CAST(CAST(f.size AS bigint) * 8 AS nvarchar(15)) + N' KB' AS nvarchar(18)) AS size,
    CAST(CASE f.max_size WHEN -1 THEN N'Unlimited' ELSE CAST(CAST(f.max_size AS bigint) * 8 AS nvarchar(15)) + N' KB' END AS nvarchar(18)) AS maxsize,
    CAST(CASE f.is_percent_growth WHEN 0 THEN CAST(CAST(f.growth AS bigint) * 8 AS nvarchar(15)) + N' KB'
      ELSE CAST(f.growth AS nvarchar(15)) + N'%' END AS nvarchar(18)) AS growth,
    CAST(CASE WHEN f.type = 1 THEN 'log only' ELSE 'data only' END AS varchar(9)) AS usage`;
