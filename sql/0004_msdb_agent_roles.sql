-- msdb: the SQL Server Agent database roles, their schemas, nesting and object permissions.
-- Nesting as in SQL Server: SQLAgentOperatorRole is a member of SQLAgentReaderRole, which is a
-- member of SQLAgentUserRole, so each role has the permissions of the ones below it.
-- EXECUTE permissions on the Agent procedures are granted by the scripts that create them.

IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'SQLAgentUserRole' AND type = 'R')
  CREATE ROLE SQLAgentUserRole;
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'SQLAgentReaderRole' AND type = 'R')
  CREATE ROLE SQLAgentReaderRole;
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'SQLAgentOperatorRole' AND type = 'R')
  CREATE ROLE SQLAgentOperatorRole;
-- logins of target servers (TSX agents) polling this server as their MSX
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'TargetServersRole' AND type = 'R')
  CREATE ROLE TargetServersRole;
GO

-- In SQL Server each of these roles owns a schema of its own name. CREATE SCHEMA must be alone
-- in its batch, hence EXEC.
IF SCHEMA_ID(N'SQLAgentUserRole') IS NULL
  EXEC (N'CREATE SCHEMA SQLAgentUserRole AUTHORIZATION SQLAgentUserRole');
IF SCHEMA_ID(N'SQLAgentReaderRole') IS NULL
  EXEC (N'CREATE SCHEMA SQLAgentReaderRole AUTHORIZATION SQLAgentReaderRole');
IF SCHEMA_ID(N'SQLAgentOperatorRole') IS NULL
  EXEC (N'CREATE SCHEMA SQLAgentOperatorRole AUTHORIZATION SQLAgentOperatorRole');
IF SCHEMA_ID(N'TargetServersRole') IS NULL
  EXEC (N'CREATE SCHEMA TargetServersRole AUTHORIZATION TargetServersRole');
GO

IF NOT EXISTS (
  SELECT 1
  FROM sys.database_role_members AS m
  JOIN sys.database_principals AS r ON r.principal_id = m.role_principal_id
  JOIN sys.database_principals AS p ON p.principal_id = m.member_principal_id
  WHERE r.name = N'SQLAgentUserRole' AND p.name = N'SQLAgentReaderRole')
  ALTER ROLE SQLAgentUserRole ADD MEMBER SQLAgentReaderRole;

IF NOT EXISTS (
  SELECT 1
  FROM sys.database_role_members AS m
  JOIN sys.database_principals AS r ON r.principal_id = m.role_principal_id
  JOIN sys.database_principals AS p ON p.principal_id = m.member_principal_id
  WHERE r.name = N'SQLAgentReaderRole' AND p.name = N'SQLAgentOperatorRole')
  ALTER ROLE SQLAgentReaderRole ADD MEMBER SQLAgentOperatorRole;
GO

-- Granting an existing permission again is a no-op, so these need no guard.
GRANT SELECT ON dbo.syscategories TO SQLAgentUserRole;
GRANT SELECT ON dbo.sysjobs_view TO SQLAgentUserRole;
GRANT SELECT ON dbo.sysschedules_localserver_view TO SQLAgentUserRole;

GRANT SELECT ON dbo.sysoperators TO SQLAgentOperatorRole;
GRANT SELECT ON dbo.sysalerts TO SQLAgentOperatorRole;
GRANT SELECT ON dbo.sysnotifications TO SQLAgentOperatorRole;

-- What a target server's agent reads and writes on its master server (it polls the download
-- list, marks rows downloaded or failed, and reports its status and job outcomes).
GRANT SELECT ON dbo.sysjobs TO TargetServersRole;
GRANT SELECT ON dbo.sysproxies TO TargetServersRole;
GRANT SELECT ON dbo.syssubsystems TO TargetServersRole;
GRANT SELECT, UPDATE ON dbo.sysjobservers TO TargetServersRole;
GRANT SELECT, UPDATE ON dbo.systargetservers TO TargetServersRole;
GRANT SELECT, UPDATE, DELETE ON dbo.sysdownloadlist TO TargetServersRole;
GO
