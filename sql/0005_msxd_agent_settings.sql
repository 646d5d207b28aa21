-- msdb: msxd's own Agent tables (no SQL Server equivalent table; SQL Server keeps these in the
-- registry and in SQL Server Agent's memory).
--
-- msxd_agent_settings: what SQL Server keeps under HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\
-- MSSQLServer\SQLServerAgent (xp_instance_regread / xp_instance_regwrite, sp_get_sqlagent_properties,
-- sp_set_sqlagent_properties), one row per value, per node because msdb is per node.
-- value_type is the registry type: REG_DWORD (int_value) or REG_SZ (text_value).
IF OBJECT_ID(N'dbo.msxd_agent_settings', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.msxd_agent_settings
  (
    key_name   nvarchar(400)  NOT NULL,
    value_name nvarchar(256)  NOT NULL,
    value_type nvarchar(20)   NOT NULL,
    int_value  int            NULL,
    text_value nvarchar(4000) NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.msxd_agent_settings (key_name, value_name);
END
GO

-- The values SQL Server setup writes (the history limits sp_sqlagent_log_jobhistory applies).
-- Values setup leaves absent (MSXPollInterval, MsxEncryptChannelOptions, ...) read as NULL and
-- their readers apply SQL Server's defaults.
INSERT INTO dbo.msxd_agent_settings (key_name, value_name, value_type, int_value, text_value)
SELECT N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRows', N'REG_DWORD', 1000, NULL
WHERE NOT EXISTS (SELECT 1 FROM dbo.msxd_agent_settings
                  WHERE key_name = N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent' AND value_name = N'JobHistoryMaxRows');
INSERT INTO dbo.msxd_agent_settings (key_name, value_name, value_type, int_value, text_value)
SELECT N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent', N'JobHistoryMaxRowsPerJob', N'REG_DWORD', 100, NULL
WHERE NOT EXISTS (SELECT 1 FROM dbo.msxd_agent_settings
                  WHERE key_name = N'SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent' AND value_name = N'JobHistoryMaxRowsPerJob');
GO

-- msxd_agent_notifications: the requests sp_sqlagent_notify (and sp_start_job / sp_stop_job)
-- queue for the node's agent, which dequeues them with sp_sqlagent_fetch_notifications.
-- SQL Server hands them to its agent through xp_sqlagent_notify (shared memory); msxd's agent is
-- a TDS client, so the queue is a table. op_type: J job, S schedule, O operator, A alert, P poll;
-- action_type: I insert, U update, D delete, S start, C cancel (stop). Delivered rows are kept
-- (delivered_session_id set) so that a refusal can name who requested a running job; they are
-- purged after a day.
IF OBJECT_ID(N'dbo.msxd_agent_notifications', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.msxd_agent_notifications
  (
    notification_id int IDENTITY(1, 1) NOT NULL,
    op_type         nchar(1)           NOT NULL,
    action_type     nchar(1)           NULL,
    job_id          uniqueidentifier   NULL,
    schedule_id     int                NULL,
    alert_id        int                NULL,
    step_name       sysname            NULL,
    requested_by    nvarchar(256)      NOT NULL,
    posted_date     datetime           NOT NULL DEFAULT (GETDATE()),
    delivered_session_id int           NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.msxd_agent_notifications (notification_id);
  CREATE NONCLUSTERED INDEX nc1 ON dbo.msxd_agent_notifications (delivered_session_id);
END
GO
