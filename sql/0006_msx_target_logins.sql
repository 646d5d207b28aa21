-- msdb (MSX side): which login enlisted each target server. A target agent polls with a login in
-- TargetServersRole; msxd lets such a login act only for the targets it enlisted (probe, row
-- limiter, re-enlist, defect), so one target cannot read or change another's instructions.
-- SQL Server has no such table (it trusts every member of the role); sysadmin is not limited.
IF OBJECT_ID(N'dbo.msxd_target_logins', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.msxd_target_logins
  (
    server_name sysname NOT NULL,
    login_name  sysname NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.msxd_target_logins (server_name);
END
GO

-- sp_enlist_tsx, run by a target's login, asks whether this MSX is itself a target.
GRANT SELECT ON dbo.msxd_target_logins TO TargetServersRole;
GRANT SELECT ON dbo.sysoriginatingservers TO TargetServersRole;
GO
