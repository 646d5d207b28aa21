-- msdb, both sides of a target's outcome upload (msxd's own tables; SQL Server keeps the spool in
-- the agent's memory/registry and writes the master's tables directly).
--
-- Target: msxd_msx_upload_state holds, per master, the last local sysjobhistory.instance_id the
-- agent has uploaded. The local history rows of the master's jobs ARE the durable spool: the agent
-- uploads the rows after this mark, in instance_id order, when the master is reachable.
IF OBJECT_ID(N'dbo.msxd_msx_upload_state', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.msxd_msx_upload_state
  (
    msx_server       sysname NOT NULL,
    last_instance_id int     NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.msxd_msx_upload_state (msx_server);
END
GO

-- Master: the last target instance_id received per target, so a row uploaded twice (the target
-- died between the master's commit and its own mark) is recorded once (sp_msxd_upload_job_outcome).
IF OBJECT_ID(N'dbo.msxd_target_uploads', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.msxd_target_uploads
  (
    server_name      sysname NOT NULL,
    last_instance_id int     NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.msxd_target_uploads (server_name);
END
GO
