-- msdb: SQL Server Agent proxies. sysproxies (0001) holds the proxies; these tables hold what
-- each may run (sysproxysubsystem) and who may use it (sysproxylogin: flags 0 login, 1 fixed
-- server role, 2 msdb database role), with SQL Server's columns. Only sysadmin reads them (no
-- grant), as in SQL Server; the sp_*_proxy procedures keep them (src/procedures/msdb/).
IF OBJECT_ID(N'dbo.sysproxysubsystem', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysproxysubsystem
  (
    subsystem_id int NOT NULL,
    proxy_id     int NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysproxysubsystem (subsystem_id, proxy_id);
END
GO

IF OBJECT_ID(N'dbo.sysproxylogin', N'U') IS NULL
BEGIN
  -- sid: the login's or the fixed server role's SID; principal_id: the msdb role's id (flags 2,
  -- sid NULL). One row per (proxy, principal): the grant procedure refuses a second (14531).
  CREATE TABLE dbo.sysproxylogin
  (
    proxy_id     int           NOT NULL,
    sid          varbinary(85) NULL,
    principal_id int           NULL,
    flags        int           NOT NULL DEFAULT 0
  );
  CREATE CLUSTERED INDEX clust ON dbo.sysproxylogin (proxy_id);
END
GO

CREATE OR ALTER VIEW dbo.sysproxyloginsubsystem_view
AS
SELECT ps.subsystem_id AS subsystem_id,
       pl.proxy_id     AS proxy_id,
       pl.sid          AS sid,
       pl.flags        AS flags
FROM dbo.sysproxylogin AS pl
JOIN dbo.sysproxysubsystem AS ps ON ps.proxy_id = pl.proxy_id;
GO
