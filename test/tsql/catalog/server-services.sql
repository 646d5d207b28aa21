-- sys.dm_server_services and xp_servicecontrol on a default instance whose SQL Server Agent starts
-- automatically and is running (the conformance node starts its agent). Other services a server
-- may list (Full-text, Launchpad) are filtered out.
SELECT servicename, startup_type, startup_type_desc, status, status_desc, is_clustered, cluster_nodename
FROM sys.dm_server_services
WHERE servicename IN (N'SQL Server (MSSQLSERVER)', N'SQL Server Agent (MSSQLSERVER)') ORDER BY servicename;
GO
SELECT CASE WHEN last_startup_time <= SYSDATETIMEOFFSET() THEN 'past' END AS started,
  CASE WHEN process_id > 0 THEN 'pid' END AS process
FROM sys.dm_server_services
WHERE servicename IN (N'SQL Server (MSSQLSERVER)', N'SQL Server Agent (MSSQLSERVER)') ORDER BY servicename;
GO
EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT';
GO
SELECT name, type, type_desc, SCHEMA_NAME(schema_id) AS schema_name
FROM sys.all_objects WHERE name IN ('dm_server_services', 'xp_servicecontrol') ORDER BY name;
GO
CREATE LOGIN svc_conf_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=svc_conf_plain password=Str0ng!Passw0rd database=master
SELECT status FROM sys.dm_server_services;
GO
BEGIN TRY SELECT status FROM sys.dm_server_services; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_MESSAGE() AS m; END CATCH
GO
EXEC master.dbo.xp_servicecontrol N'QueryState', N'SQLServerAGENT';
GO
