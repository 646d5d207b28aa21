SELECT server_id, CASE WHEN name = @@SERVERNAME THEN 1 ELSE 0 END AS is_local_name, product, provider,
  CASE WHEN data_source = name THEN 1 ELSE 0 END AS source_is_name, location, provider_string, catalog,
  connect_timeout, query_timeout, is_linked, is_remote_login_enabled, is_rpc_out_enabled, is_data_access_enabled,
  is_collation_compatible, uses_remote_collation, collation_name, lazy_schema_validation, is_system
FROM sys.servers;
GO
SELECT COUNT(*) AS local_rows FROM sys.servers WHERE server_id = 0 AND is_linked = 0;
GO
CREATE TABLE #hs (name sysname, network_name sysname, status varchar(70), id char(4), collation_name sysname NULL,
  connect_timeout int, query_timeout int);
INSERT INTO #hs EXEC sp_helpserver;
SELECT CASE WHEN name = @@SERVERNAME AND network_name = @@SERVERNAME THEN 1 ELSE 0 END AS local_server,
  status, id, collation_name, connect_timeout, query_timeout FROM #hs;
DELETE FROM #hs;
DECLARE @me sysname = @@SERVERNAME;
INSERT INTO #hs EXEC sp_helpserver @me;
SELECT COUNT(*) AS found FROM #hs;
DROP TABLE #hs;
GO
EXEC sp_helpserver 'no_such_server_x';
GO
SELECT name, type, type_desc, SCHEMA_NAME(schema_id) AS schema_name, is_ms_shipped FROM sys.all_objects
WHERE name IN ('servers', 'master_files', 'database_files', 'filegroups', 'dm_db_partition_stats',
  'sp_helpserver', 'sp_helpfile', 'sp_spaceused', 'sp_helpindex', 'sp_helpconstraint', 'sp_rename')
ORDER BY name;
GO
