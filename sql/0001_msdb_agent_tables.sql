-- msdb: SQL Server Agent tables (columns, types, nullability, defaults and indexes as in SQL Server).
-- Every table is created only when missing, so a re-run after a crash changes nothing.
-- Index names follow SQL Server's (clust, nc1, ByName ...): tools read them from sys.indexes.

IF OBJECT_ID(N'dbo.sqlagent_info', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sqlagent_info
  (
    attribute sysname       NOT NULL,
    value     nvarchar(512) NOT NULL
  );
END
GO

IF OBJECT_ID(N'dbo.syscategories', N'U') IS NULL
BEGIN
  -- category_class: 1 job, 2 alert, 3 operator; category_type: 1 local, 2 multi-server, 3 none.
  -- Ids 0-99 are reserved for the fixed categories (0002); user categories start at 100.
  CREATE TABLE dbo.syscategories
  (
    category_id    int IDENTITY(1, 1) NOT NULL,
    category_class int                NOT NULL,
    category_type  tinyint            NOT NULL,
    name           sysname            NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.syscategories (name, category_class);
END
GO

IF OBJECT_ID(N'dbo.sysoperators', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysoperators
  (
    id                        int IDENTITY(1, 1) NOT NULL,
    name                      sysname            NOT NULL,
    enabled                   tinyint            NOT NULL,
    email_address             nvarchar(100)      NULL,
    last_email_date           int                NOT NULL,
    last_email_time           int                NOT NULL,
    pager_address             nvarchar(100)      NULL,
    last_pager_date           int                NOT NULL,
    last_pager_time           int                NOT NULL,
    weekday_pager_start_time  int                NOT NULL,
    weekday_pager_end_time    int                NOT NULL,
    saturday_pager_start_time int                NOT NULL,
    saturday_pager_end_time   int                NOT NULL,
    sunday_pager_start_time   int                NOT NULL,
    sunday_pager_end_time     int                NOT NULL,
    pager_days                tinyint            NOT NULL,
    netsend_address           nvarchar(100)      NULL,
    last_netsend_date         int                NOT NULL,
    last_netsend_time         int                NOT NULL,
    category_id               int                NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX ByName ON dbo.sysoperators (name);
  CREATE UNIQUE INDEX ByID ON dbo.sysoperators (id);
END
GO

IF OBJECT_ID(N'dbo.sysalerts', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysalerts
  (
    id                        int IDENTITY(1, 1) NOT NULL,
    name                      sysname            NOT NULL,
    event_source              nvarchar(100)      NOT NULL,
    event_category_id         int                NULL,
    event_id                  int                NULL,
    message_id                int                NOT NULL,
    severity                  int                NOT NULL,
    enabled                   tinyint            NOT NULL,
    delay_between_responses   int                NOT NULL,
    last_occurrence_date      int                NOT NULL,
    last_occurrence_time      int                NOT NULL,
    last_response_date        int                NOT NULL,
    last_response_time        int                NOT NULL,
    notification_message      nvarchar(512)      NULL,
    include_event_description tinyint            NOT NULL,
    database_name             nvarchar(512)      NULL,
    event_description_keyword nvarchar(100)      NULL,
    occurrence_count          int                NOT NULL,
    count_reset_date          int                NOT NULL,
    count_reset_time          int                NOT NULL,
    job_id                    uniqueidentifier   NOT NULL,
    has_notification          int                NOT NULL,
    flags                     int                NOT NULL,
    performance_condition     nvarchar(512)      NULL,
    category_id               int                NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX ByName ON dbo.sysalerts (name);
  CREATE UNIQUE INDEX ByID ON dbo.sysalerts (id);
END
GO

IF OBJECT_ID(N'dbo.sysnotifications', N'U') IS NULL
BEGIN
  -- notification_method: 1 e-mail, 2 pager, 4 net send (bits)
  CREATE TABLE dbo.sysnotifications
  (
    alert_id            int     NOT NULL,
    operator_id         int     NOT NULL,
    notification_method tinyint NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX ByAlertIDAndOperatorID ON dbo.sysnotifications (alert_id, operator_id);
END
GO

IF OBJECT_ID(N'dbo.sysoriginatingservers', N'U') IS NULL
BEGIN
  -- One row per MSX this server is enlisted in (a TSX has at most one). Local jobs and schedules
  -- use originating_server_id 0, supplied by sysoriginatingservers_view, never stored here.
  CREATE TABLE dbo.sysoriginatingservers
  (
    originating_server_id int     NULL DEFAULT (1)
      CONSTRAINT CK_originating_server_id_MustBe_1 CHECK (originating_server_id = 1) UNIQUE,
    originating_server    sysname NOT NULL UNIQUE,
    master_server         bit     NULL DEFAULT (1)
      CONSTRAINT CK_master_server_MustBe_1 CHECK (master_server = 1)
  );
END
GO

IF OBJECT_ID(N'dbo.systargetservers', N'U') IS NULL
BEGIN
  -- time_zone_adjustment: minutes from UTC; status: 1 normal (2 offline, 4 blocked are computed);
  -- poll_interval: seconds.
  CREATE TABLE dbo.systargetservers
  (
    server_id               int IDENTITY(1, 1) NOT NULL,
    server_name             sysname            NOT NULL,
    location                nvarchar(200)      NULL,
    time_zone_adjustment    int                NOT NULL,
    enlist_date             datetime           NOT NULL DEFAULT (GETDATE()),
    last_poll_date          datetime           NOT NULL DEFAULT (GETDATE()),
    status                  int                NOT NULL DEFAULT (1),
    local_time_at_last_poll datetime           NOT NULL,
    enlisted_by_nt_user     nvarchar(100)      NOT NULL,
    poll_interval           int                NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.systargetservers (server_id);
  CREATE UNIQUE NONCLUSTERED INDEX nc1 ON dbo.systargetservers (server_name);
END
GO

IF OBJECT_ID(N'dbo.systargetservergroups', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.systargetservergroups
  (
    servergroup_id int IDENTITY(1, 1) NOT NULL,
    name           sysname            NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.systargetservergroups (name);
END
GO

IF OBJECT_ID(N'dbo.systargetservergroupmembers', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.systargetservergroupmembers
  (
    servergroup_id int NOT NULL,
    server_id      int NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.systargetservergroupmembers (servergroup_id, server_id);
  CREATE NONCLUSTERED INDEX nc1 ON dbo.systargetservergroupmembers (server_id);
END
GO

IF OBJECT_ID(N'dbo.sysdownloadlist', N'U') IS NULL
BEGIN
  -- operation_code 1-9 and object_type 1-2: src/msdb/msx-enums.ts. status: 0 pending, 1 downloaded.
  CREATE TABLE dbo.sysdownloadlist
  (
    instance_id         int IDENTITY(1, 1) NOT NULL,
    source_server       sysname            NOT NULL,
    operation_code      tinyint            NOT NULL,
    object_type         tinyint            NOT NULL,
    object_id           uniqueidentifier   NOT NULL,
    target_server       sysname            NOT NULL,
    error_message       nvarchar(1024)     NULL,
    date_posted         datetime           NOT NULL DEFAULT (GETDATE()),
    date_downloaded     datetime           NULL,
    status              tinyint            NOT NULL DEFAULT (0),
    deleted_object_name sysname            NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysdownloadlist (instance_id);
  CREATE NONCLUSTERED INDEX nc1 ON dbo.sysdownloadlist (target_server);
  CREATE NONCLUSTERED INDEX nc2 ON dbo.sysdownloadlist (object_id);
END
GO

IF OBJECT_ID(N'dbo.sysjobs', N'U') IS NULL
BEGIN
  -- owner_sid 0xFFFFFFFF = the Agent service account. notify_level_* and delete_level:
  -- 0 never, 1 on success, 2 on failure, 3 always. version_number: 1 at creation, +1 per change.
  CREATE TABLE dbo.sysjobs
  (
    job_id                     uniqueidentifier NOT NULL,
    originating_server_id      int              NOT NULL,
    name                       sysname          NOT NULL,
    enabled                    tinyint          NOT NULL,
    description                nvarchar(512)    NULL,
    start_step_id              int              NOT NULL,
    category_id                int              NOT NULL,
    owner_sid                  varbinary(85)    NOT NULL,
    notify_level_eventlog      int              NOT NULL,
    notify_level_email         int              NOT NULL,
    notify_level_netsend       int              NOT NULL,
    notify_level_page          int              NOT NULL,
    notify_email_operator_id   int              NOT NULL,
    notify_netsend_operator_id int              NOT NULL,
    notify_page_operator_id    int              NOT NULL,
    delete_level               int              NOT NULL,
    date_created               datetime         NOT NULL,
    date_modified              datetime         NOT NULL,
    version_number             int              NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysjobs (job_id);
  -- deliberately not unique: SQL Server allows two jobs with one name (message 14293)
  CREATE NONCLUSTERED INDEX nc1 ON dbo.sysjobs (name);
  CREATE NONCLUSTERED INDEX nc3 ON dbo.sysjobs (category_id);
  CREATE NONCLUSTERED INDEX nc4 ON dbo.sysjobs (owner_sid);
END
GO

IF OBJECT_ID(N'dbo.sysjobservers', N'U') IS NULL
BEGIN
  -- server_id 0 = the local server, else systargetservers.server_id.
  -- last_run_outcome: 0 failed, 1 succeeded, 2 retry, 3 canceled, 4 in progress, 5 unknown.
  CREATE TABLE dbo.sysjobservers
  (
    job_id               uniqueidentifier NOT NULL,
    server_id            int              NOT NULL,
    last_run_outcome     tinyint          NOT NULL,
    last_outcome_message nvarchar(4000)   NULL,
    last_run_date        int              NOT NULL,
    last_run_time        int              NOT NULL,
    last_run_duration    int              NOT NULL
  );
  CREATE CLUSTERED INDEX clust ON dbo.sysjobservers (job_id);
  CREATE NONCLUSTERED INDEX nc1 ON dbo.sysjobservers (server_id);
END
GO

IF OBJECT_ID(N'dbo.sysjobsteps', N'U') IS NULL
BEGIN
  -- on_success_action / on_fail_action: 1 quit with success, 2 quit with failure, 3 next step,
  -- 4 go to step; retry_interval in minutes.
  CREATE TABLE dbo.sysjobsteps
  (
    job_id                uniqueidentifier NOT NULL,
    step_id               int              NOT NULL,
    step_name             sysname          NOT NULL,
    subsystem             nvarchar(40)     NOT NULL,
    command               nvarchar(max)    NULL,
    flags                 int              NOT NULL,
    additional_parameters nvarchar(max)    NULL,
    cmdexec_success_code  int              NOT NULL,
    on_success_action     tinyint          NOT NULL,
    on_success_step_id    int              NOT NULL,
    on_fail_action        tinyint          NOT NULL,
    on_fail_step_id       int              NOT NULL,
    server                sysname          NULL,
    database_name         sysname          NULL,
    database_user_name    sysname          NULL,
    retry_attempts        int              NOT NULL,
    retry_interval        int              NOT NULL,
    os_run_priority       int              NOT NULL,
    output_file_name      nvarchar(200)    NULL,
    last_run_outcome      int              NOT NULL,
    last_run_duration     int              NOT NULL,
    last_run_retries      int              NOT NULL,
    last_run_date         int              NOT NULL,
    last_run_time         int              NOT NULL,
    proxy_id              int              NULL,
    step_uid              uniqueidentifier NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysjobsteps (job_id, step_id);
  CREATE UNIQUE NONCLUSTERED INDEX nc1 ON dbo.sysjobsteps (job_id, step_name);
  CREATE UNIQUE NONCLUSTERED INDEX nc2 ON dbo.sysjobsteps (step_uid);
END
GO

IF OBJECT_ID(N'dbo.sysjobstepslogs', N'U') IS NULL
BEGIN
  -- step output kept in msdb when a step has the "log to table" flag
  CREATE TABLE dbo.sysjobstepslogs
  (
    log_id        int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    log           nvarchar(max)      NOT NULL,
    date_created  datetime           NOT NULL DEFAULT (GETDATE()),
    date_modified datetime           NOT NULL DEFAULT (GETDATE()),
    log_size      bigint             NULL,
    step_uid      uniqueidentifier   NOT NULL REFERENCES dbo.sysjobsteps (step_uid)
  );
END
GO

IF OBJECT_ID(N'dbo.sysschedules', N'U') IS NULL
BEGIN
  -- freq_* values: src/msdb/schedule-enums.ts. Dates are yyyymmdd, times hhmmss (int).
  CREATE TABLE dbo.sysschedules
  (
    schedule_id            int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    schedule_uid           uniqueidentifier   NOT NULL,
    originating_server_id  int                NOT NULL,
    name                   sysname            NOT NULL,
    owner_sid              varbinary(85)      NOT NULL,
    enabled                int                NOT NULL,
    freq_type              int                NOT NULL,
    freq_interval          int                NOT NULL,
    freq_subday_type       int                NOT NULL,
    freq_subday_interval   int                NOT NULL,
    freq_relative_interval int                NOT NULL,
    freq_recurrence_factor int                NOT NULL,
    active_start_date      int                NOT NULL,
    active_end_date        int                NOT NULL,
    active_start_time      int                NOT NULL,
    active_end_time        int                NOT NULL,
    date_created           datetime           NOT NULL DEFAULT (GETDATE()),
    date_modified          datetime           NOT NULL DEFAULT (GETDATE()),
    version_number         int                NOT NULL DEFAULT (1)
  );
END
GO

IF OBJECT_ID(N'dbo.sysjobschedules', N'U') IS NULL
BEGIN
  -- next_run_date/next_run_time: yyyymmdd/hhmmss, 0 when not computed
  CREATE TABLE dbo.sysjobschedules
  (
    schedule_id   int              NULL REFERENCES dbo.sysschedules (schedule_id),
    job_id        uniqueidentifier NULL REFERENCES dbo.sysjobs (job_id),
    next_run_date int              NOT NULL DEFAULT (0),
    next_run_time int              NOT NULL DEFAULT (0)
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysjobschedules (job_id, schedule_id);
  CREATE NONCLUSTERED INDEX NC_sysjobschedules_schedule_id ON dbo.sysjobschedules (schedule_id);
END
GO

IF OBJECT_ID(N'dbo.syssessions', N'U') IS NULL
BEGIN
  -- one row per Agent start; sysjobactivity rows belong to a session
  CREATE TABLE dbo.syssessions
  (
    session_id       int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    agent_start_date datetime           NOT NULL
  );
  CREATE NONCLUSTERED INDEX nonclust ON dbo.syssessions (agent_start_date);
END
GO

IF OBJECT_ID(N'dbo.sysjobactivity', N'U') IS NULL
BEGIN
  CREATE TABLE dbo.sysjobactivity
  (
    session_id              int              NOT NULL REFERENCES dbo.syssessions (session_id),
    job_id                  uniqueidentifier NOT NULL REFERENCES dbo.sysjobs (job_id),
    run_requested_date      datetime         NULL,
    run_requested_source    sysname          NULL,
    queued_date             datetime         NULL,
    start_execution_date    datetime         NULL,
    last_executed_step_id   int              NULL,
    last_executed_step_date datetime         NULL,
    stop_execution_date     datetime         NULL,
    job_history_id          int              NULL,
    next_scheduled_run_date datetime         NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysjobactivity (session_id, job_id);
END
GO

IF OBJECT_ID(N'dbo.sysjobhistory', N'U') IS NULL
BEGIN
  -- step_id 0 = the job outcome row; run_status 0-4 as in src/msdb/job-enums.ts;
  -- run_date yyyymmdd, run_time hhmmss, run_duration hhmmss (h*10000 + m*100 + s).
  CREATE TABLE dbo.sysjobhistory
  (
    instance_id         int IDENTITY(1, 1) NOT NULL,
    job_id              uniqueidentifier   NOT NULL,
    step_id             int                NOT NULL,
    step_name           sysname            NOT NULL,
    sql_message_id      int                NOT NULL,
    sql_severity        int                NOT NULL,
    message             nvarchar(4000)     NULL,
    run_status          int                NOT NULL,
    run_date            int                NOT NULL,
    run_time            int                NOT NULL,
    run_duration        int                NOT NULL,
    operator_id_emailed int                NOT NULL,
    operator_id_netsent int                NOT NULL,
    operator_id_paged   int                NOT NULL,
    retries_attempted   int                NOT NULL,
    server              sysname            NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysjobhistory (instance_id);
  CREATE NONCLUSTERED INDEX nc1 ON dbo.sysjobhistory (job_id);
END
GO

IF OBJECT_ID(N'dbo.syssubsystems', N'U') IS NULL
BEGIN
  -- description_id is a message number (FORMATMESSAGE gives the description)
  CREATE TABLE dbo.syssubsystems
  (
    subsystem_id       int           NOT NULL,
    subsystem          nvarchar(40)  NOT NULL,
    description_id     int           NULL,
    subsystem_dll      nvarchar(255) NULL,
    agent_exe          nvarchar(255) NULL,
    start_entry_point  nvarchar(30)  NULL,
    event_entry_point  nvarchar(30)  NULL,
    stop_entry_point   nvarchar(30)  NULL,
    max_worker_threads int           NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.syssubsystems (subsystem_id);
  CREATE UNIQUE NONCLUSTERED INDEX nc1 ON dbo.syssubsystems (subsystem);
END
GO

IF OBJECT_ID(N'dbo.sysproxies', N'U') IS NULL
BEGIN
  -- Proxies are not supported by msxd's Agent; the table exists because tools join it
  -- (sysjobsteps.proxy_id) and TargetServersRole reads it.
  CREATE TABLE dbo.sysproxies
  (
    proxy_id                int IDENTITY(1, 1) NOT NULL,
    name                    sysname            NOT NULL,
    credential_id           int                NOT NULL,
    enabled                 tinyint            NOT NULL,
    description             nvarchar(512)      NULL,
    user_sid                varbinary(85)      NOT NULL,
    credential_date_created datetime           NOT NULL
  );
  CREATE UNIQUE CLUSTERED INDEX clust ON dbo.sysproxies (proxy_id);
  CREATE UNIQUE NONCLUSTERED INDEX nc1 ON dbo.sysproxies (name);
END
GO
