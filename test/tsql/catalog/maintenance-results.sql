DBCC TRACESTATUS (-1);
GO
CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(20));
CREATE INDEX ix_v ON dbo.t (v);
INSERT INTO dbo.t VALUES (1, N'a'), (2, N'b');
SELECT index_id, index_type_desc, alloc_unit_type_desc, index_level, partition_number
FROM sys.dm_db_index_physical_stats(DB_ID(), OBJECT_ID(N'dbo.t'), NULL, NULL, 'LIMITED')
ORDER BY index_id;
GO
SELECT COUNT(*) AS volumes
FROM sys.dm_os_volume_stats(DB_ID(), 1)
WHERE total_bytes >= available_bytes AND volume_mount_point IS NOT NULL;
GO
CREATE TABLE #v (idx int, name sysname, internal_value int, character_value nvarchar(255));
INSERT INTO #v EXEC master.dbo.xp_msver N'ProductName';
SELECT idx, name, character_value FROM #v;
GO
SET NOCOUNT ON;
CREATE TABLE #l (dbname sysname, log_mb real, used_pct real, status int);
INSERT INTO #l EXEC ('DBCC SQLPERF(LOGSPACE) WITH NO_INFOMSGS');
SELECT COUNT(*) AS n, MIN(status) AS status FROM #l WHERE dbname = DB_NAME();
SET NOCOUNT OFF;
GO
CREATE TABLE #o (opt nvarchar(128), val nvarchar(128));
INSERT INTO #o EXEC ('DBCC USEROPTIONS WITH NO_INFOMSGS');
SELECT val FROM #o WHERE opt = N'isolation level';
GO
