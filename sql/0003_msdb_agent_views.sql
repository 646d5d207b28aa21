-- msdb: SQL Server Agent views. CREATE OR ALTER keeps each batch re-runnable; a view must be
-- the only statement of its batch, hence one GO per view.

-- The local server is originating server 0 (master_server 0); rows of the table are the MSX
-- this server is enlisted in (master_server 1), i.e. jobs and schedules downloaded from it.
CREATE OR ALTER VIEW dbo.sysoriginatingservers_view (originating_server_id, originating_server, master_server)
AS
SELECT 0, UPPER(CONVERT(sysname, SERVERPROPERTY('ServerName'))), 0
UNION
SELECT originating_server_id, originating_server, master_server
FROM dbo.sysoriginatingservers
GO

-- Jobs the caller may see: own jobs; everything for sysadmin and SQLAgentReaderRole (and so
-- SQLAgentOperatorRole, a member of it); multiserver jobs for TargetServersRole.
CREATE OR ALTER VIEW dbo.sysjobs_view
AS
SELECT j.job_id,
       o.originating_server,
       j.name,
       j.enabled,
       j.description,
       j.start_step_id,
       j.category_id,
       j.owner_sid,
       j.notify_level_eventlog,
       j.notify_level_email,
       j.notify_level_netsend,
       j.notify_level_page,
       j.notify_email_operator_id,
       j.notify_netsend_operator_id,
       j.notify_page_operator_id,
       j.delete_level,
       j.date_created,
       j.date_modified,
       j.version_number,
       j.originating_server_id,
       o.master_server
FROM dbo.sysjobs AS j
JOIN dbo.sysoriginatingservers_view AS o ON o.originating_server_id = j.originating_server_id
WHERE j.owner_sid = SUSER_SID()
   OR ISNULL(IS_SRVROLEMEMBER(N'sysadmin'), 0) = 1
   OR ISNULL(IS_MEMBER(N'SQLAgentReaderRole'), 0) = 1
   OR (ISNULL(IS_MEMBER(N'TargetServersRole'), 0) = 1
       AND EXISTS (SELECT 1 FROM dbo.sysjobservers AS s WHERE s.job_id = j.job_id AND s.server_id <> 0))
GO

-- Target servers plus the local server as server 0 (sp_help_jobserver joins sysjobservers to
-- it); the local row's dates are the fixed 1998-11-13 SQL Server shows.
CREATE OR ALTER VIEW dbo.systargetservers_view
AS
SELECT server_id, server_name, enlist_date, last_poll_date
FROM dbo.systargetservers
UNION
SELECT 0,
       CONVERT(sysname, SERVERPROPERTY('ServerName')),
       CONVERT(datetime, N'19981113', 112),
       CONVERT(datetime, N'19981113', 112)
GO

-- Schedules that belong to this server (not downloaded from an MSX) and that the caller may see.
CREATE OR ALTER VIEW dbo.sysschedules_localserver_view
AS
SELECT s.schedule_id,
       s.schedule_uid,
       s.originating_server_id,
       s.name,
       s.owner_sid,
       s.enabled,
       s.freq_type,
       s.freq_interval,
       s.freq_subday_type,
       s.freq_subday_interval,
       s.freq_relative_interval,
       s.freq_recurrence_factor,
       s.active_start_date,
       s.active_end_date,
       s.active_start_time,
       s.active_end_time,
       s.date_created,
       s.date_modified,
       s.version_number,
       o.originating_server,
       o.master_server
FROM dbo.sysschedules AS s
JOIN dbo.sysoriginatingservers_view AS o ON o.originating_server_id = s.originating_server_id
WHERE o.master_server = 0
  AND (s.owner_sid = SUSER_SID()
       OR ISNULL(IS_SRVROLEMEMBER(N'sysadmin'), 0) = 1
       OR ISNULL(IS_MEMBER(N'SQLAgentReaderRole'), 0) = 1)
GO
