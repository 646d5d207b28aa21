// The T-SQL batches SMO sends when SSMS's Object Explorer expands "SQL Server Agent", written
// from SMO's SqlEnum object definitions (github microsoft/sqlmanagementobjects,
// src/Microsoft/SqlServer/Management/SqlEnum/xml/*.xml, version 16 branches): each XML's <prefix>
// fills a temp table from an msdb procedure, the SELECT reads the <property> expressions with the
// types SMO casts to, the <postfix> drops the table.
const SERVER_URN = "'Server[@Name=' + quotename(CAST(serverproperty(N'Servername') AS sysname),'''') + ']'";
const JOBSERVER_URN = `${SERVER_URN} + '/JobServer'`;

/** JobServer.xml: the "SQL Server Agent" node itself (sp_get_sqlagent_properties, registry reads) */
export const JOB_SERVER = `
create table #tmp_sp_get_sqlagent_properties
(auto_start int null, msx_server_name sysname null, sqlagent_type int null, startup_account nvarchar(255) null, sqlserver_restart int null, jobhistory_max_rows int null, jobhistory_max_rows_per_job int null, errorlog_file nvarchar(255) null, errorlogging_level int null, error_recipient nvarchar(30) null, monitor_autostart int null, local_host_server sysname null, job_shutdown_timeout int null, cmdexec_account varbinary(64) null, regular_connections int null, host_login_name sysname null, host_login_password varbinary(512) null, login_timeout int null, idle_cpu_percent int null, idle_cpu_duration int null, oem_errorlog int null, sysadmin_only int null, email_profile nvarchar(64) null, email_save_in_sent_folder int null, cpu_poller_enabled int null, replace_alert_tokens_enabled int null)
insert into #tmp_sp_get_sqlagent_properties(auto_start, msx_server_name, sqlagent_type, startup_account, sqlserver_restart, jobhistory_max_rows, jobhistory_max_rows_per_job, errorlog_file, errorlogging_level, error_recipient, monitor_autostart, local_host_server, job_shutdown_timeout, cmdexec_account, regular_connections, host_login_name, host_login_password, login_timeout, idle_cpu_percent, idle_cpu_duration, oem_errorlog, sysadmin_only, email_profile, email_save_in_sent_folder, cpu_poller_enabled, replace_alert_tokens_enabled)
exec msdb.dbo.sp_get_sqlagent_properties

create table #tmpMsxAccountName
(msx_connection int null, msx_credential_id int null, msx_credential_name nvarchar(300) null, msx_login_name nvarchar(300) null)
insert into #tmpMsxAccountName(msx_connection, msx_credential_id, msx_credential_name, msx_login_name)
exec msdb.dbo.sp_msx_get_account

declare @DatabaseMailProfile nvarchar(255)
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'DatabaseMailProfile', @param = @DatabaseMailProfile OUT, @no_output = N'no_output'

declare @AgentMailType int
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'UseDatabaseMail', @param = @AgentMailType OUT, @no_output = N'no_output'

declare @ServiceAccount nvarchar(512)
EXEC master.sys.xp_instance_regread 'HKEY_LOCAL_MACHINE', 'SYSTEM\\CurrentControlSet\\Services\\SQLSERVERAGENT', N'ObjectName', @ServiceAccount OUTPUT

declare @ServiceStartMode int
set @ServiceStartMode = 2
EXEC master.sys.xp_instance_regread 'HKEY_LOCAL_MACHINE', 'SYSTEM\\CurrentControlSet\\Services\\SQLSERVERAGENT', N'Start', @ServiceStartMode OUTPUT

declare @AgtGroup nvarchar(512)
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\Setup', N'AGTGroup', @AgtGroup OUTPUT

SELECT
CAST(serverproperty(N'Servername') AS sysname) AS [Name],
ISNULL(tsgsp.msx_server_name,N'') AS [MsxServerName],
tsgsp.sqlagent_type AS [JobServerType],
CAST(tsgsp.sqlserver_restart AS bit) AS [SqlServerRestart],
CAST(tsgsp.monitor_autostart AS bit) AS [SqlAgentRestart],
tsgsp.jobhistory_max_rows AS [MaximumHistoryRows],
tsgsp.jobhistory_max_rows_per_job AS [MaximumJobHistoryRows],
tsgsp.errorlog_file AS [ErrorLogFile],
tsgsp.errorlogging_level AS [AgentLogLevel],
ISNULL(tsgsp.error_recipient,N'') AS [NetSendRecipient],
tsgsp.job_shutdown_timeout AS [AgentShutdownWaitTime],
ISNULL(tsgsp.email_profile,N'') AS [SqlAgentMailProfile],
CAST(tsgsp.email_save_in_sent_folder AS bit) AS [SaveInSentFolder],
CAST(tsgsp.oem_errorlog AS bit) AS [WriteOemErrorLog],
CAST(tsgsp.cpu_poller_enabled AS bit) AS [IsCpuPollingEnabled],
tsgsp.idle_cpu_percent AS [IdleCpuPercentage],
tsgsp.idle_cpu_duration AS [IdleCpuDuration],
tsgsp.login_timeout AS [LoginTimeout],
ISNULL(tsgsp.host_login_name,N'') AS [HostLoginName],
ISNULL(tsgsp.local_host_server,N'') AS [LocalHostAlias],
CAST(tsgsp.auto_start AS bit) AS [SqlAgentAutoStart],
CAST(tsgsp.replace_alert_tokens_enabled AS bit) AS [ReplaceAlertTokensEnabled],
ISNULL((select top 1 msx_login_name from #tmpMsxAccountName),N'') AS [MsxAccountName],
ISNULL((select top 1 msx_credential_name from #tmpMsxAccountName),N'') AS [MsxAccountCredentialName],
ISNULL(@DatabaseMailProfile,N'') AS [DatabaseMailProfile],
ISNULL(@AgentMailType, 0) AS [AgentMailType],
CAST(1 AS bit) AS [SysAdminOnly],
@ServiceStartMode AS [ServiceStartMode],
ISNULL(@ServiceAccount,N'') AS [ServiceAccount],
ISNULL(suser_sname(sid_binary(ISNULL(@AgtGroup,N''))),N'') AS [AgentDomainGroup]
FROM
#tmp_sp_get_sqlagent_properties AS tsgsp

drop table #tmp_sp_get_sqlagent_properties

drop table #tmpMsxAccountName
`;

/** Job.xml: the Jobs folder (msdb.dbo.sysjobs_view joined to sp_help_category and sp_help_operator) */
export const JOBS = `
create table #tmp_sp_help_category
(category_id int null, category_type tinyint null, name nvarchar(128) null)
insert into #tmp_sp_help_category exec msdb.dbo.sp_help_category

create table #tmp_sp_help_operator
(id int null, name nvarchar(128) null, enabled tinyint null, email_address nvarchar(100) null, last_email_date int null, last_email_time int null, pager_address nvarchar(100) null, last_pager_date int null, last_pager_time int null, weekday_pager_start_time int null, weekday_pager_end_time int null, saturday_pager_start_time int null, saturday_pager_end_time int null, sunday_pager_start_time int null, sunday_pager_end_time int null, pager_days tinyint null, netsend_address nvarchar(100) null, last_netsend_date int null, last_netsend_time int null, category_name nvarchar(128) null)
insert into #tmp_sp_help_operator exec msdb.dbo.sp_help_operator

SELECT
sv.name AS [Name],
CAST(sv.category_id AS int) AS [CategoryID],
${JOBSERVER_URN} + '/Job[@Name=' + quotename(sv.name,'''') + ' and @CategoryID=' + quotename(sv.category_id,'''') + ']' AS [Urn],
sv.job_id AS [JobID],
sv.originating_server AS [OriginatingServer],
CAST(sv.enabled AS bit) AS [IsEnabled],
ISNULL(sv.description,N'') AS [Description],
sv.start_step_id AS [StartStepID],
ISNULL(suser_sname(sv.owner_sid), N'') AS [OwnerLoginName],
sv.notify_level_eventlog AS [EventLogLevel],
sv.notify_level_email AS [EmailLevel],
sv.notify_level_netsend AS [NetSendLevel],
sv.notify_level_page AS [PageLevel],
sv.delete_level AS [DeleteLevel],
sv.date_created AS [DateCreated],
sv.date_modified AS [DateLastModified],
sv.version_number AS [VersionNumber],
tshc.name AS [Category],
tshc.category_type AS [CategoryType],
ISNULL(tsho_e.name,N'') AS [OperatorToEmail],
ISNULL(tsho_ns.name,N'') AS [OperatorToNetSend],
ISNULL(tsho_p.name,N'') AS [OperatorToPage],
CAST(sv.job_id AS nvarchar(100)) AS [job_id]
FROM
msdb.dbo.sysjobs_view AS sv
INNER JOIN #tmp_sp_help_category AS tshc ON sv.category_id = tshc.category_id
LEFT OUTER JOIN #tmp_sp_help_operator AS tsho_e ON tsho_e.id = sv.notify_email_operator_id
LEFT OUTER JOIN #tmp_sp_help_operator AS tsho_ns ON tsho_ns.id = sv.notify_netsend_operator_id
LEFT OUTER JOIN #tmp_sp_help_operator AS tsho_p ON tsho_p.id = sv.notify_page_operator_id
ORDER BY [Name] ASC, [CategoryID] ASC

drop table #tmp_sp_help_operator

drop table #tmp_sp_help_category
`;

/** Job.xml post_process (PostProcessJobActivity): the activity columns come from sp_help_job */
export const JOB_ACTIVITY = 'exec msdb.dbo.sp_help_job';

/** jobstep.xml: the steps of the jobs selected by the parent query, through a cursor over sp_help_jobstep */
export const jobSteps = (jobName: string): string => `
create table #tmp_sp_help_jobstep
(step_id int null, step_name nvarchar(128) null, subsystem nvarchar(128) collate Latin1_General_CI_AS null, command nvarchar(max) null, flags int null, cmdexec_success_code int null, on_success_action tinyint null, on_success_step_id int null, on_fail_action tinyint null, on_fail_step_id int null, server nvarchar(128) null, database_name sysname null, database_user_name sysname null, retry_attempts int null, retry_interval int null, os_run_priority int null, output_file_name nvarchar(300) null, last_run_outcome int null, last_run_duration int null, last_run_retries int null, last_run_date int null, last_run_time int null, proxy_id int null, job_id uniqueidentifier null)

declare @job_id uniqueidentifier
declare crs cursor local fast_forward
for ( SELECT
sv.job_id AS [JobID]
FROM
msdb.dbo.sysjobs_view AS sv
WHERE
(sv.name=N'${jobName}') ) 
open crs 
fetch crs into @job_id
while @@fetch_status >= 0 
begin 
	insert into #tmp_sp_help_jobstep(step_id, step_name, subsystem, command, flags, cmdexec_success_code, on_success_action, on_success_step_id, on_fail_action, on_fail_step_id, server, database_name, database_user_name, retry_attempts, retry_interval, os_run_priority, output_file_name, last_run_outcome, last_run_duration, last_run_retries, last_run_date, last_run_time, proxy_id) 
		exec msdb.dbo.sp_help_jobstep @job_id = @job_id
	update #tmp_sp_help_jobstep set job_id = @job_id where job_id is null
	fetch crs into @job_id
end 
close crs
deallocate crs

create table #tmp_sp_help_proxy
(proxy_id int null, name nvarchar(300) null, credential_identity nvarchar(300) null, enabled tinyint null, description nvarchar(max) null, user_sid binary(200) null, credential_id int null, credential_identity_exists int null)
insert into #tmp_sp_help_proxy(proxy_id, name, credential_identity, enabled, description, user_sid, credential_id, credential_identity_exists)
		exec msdb.dbo.sp_help_proxy

SELECT
tshj.step_name AS [Name],
tshj.step_id AS [ID],
CASE LOWER(tshj.subsystem) when 'tsql' THEN 1 WHEN 'activescripting' THEN 2 WHEN 'cmdexec' THEN 3 
WHEN 'snapshot' THEN 4 WHEN 'logreader' THEN 5 WHEN 'distribution' THEN 6 
WHEN 'merge' THEN 7 WHEN 'queuereader' THEN 8 WHEN 'analysisquery' THEN 9 
WHEN 'analysiscommand' THEN 10 WHEN 'dts' THEN 11 WHEN 'ssis' THEN 11 WHEN 'powershell' THEN 12 ELSE 0 END AS [SubSystem],
ISNULL(tshj.command,N'') AS [Command],
tshj.cmdexec_success_code AS [CommandExecutionSuccessCode],
tshj.on_success_action AS [OnSuccessAction],
tshj.on_success_step_id AS [OnSuccessStep],
tshj.on_fail_action AS [OnFailAction],
tshj.on_fail_step_id AS [OnFailStep],
ISNULL(tshj.server,N'') AS [Server],
ISNULL(tshj.database_name,N'') AS [DatabaseName],
ISNULL(tshj.database_user_name,N'') AS [DatabaseUserName],
tshj.retry_attempts AS [RetryAttempts],
tshj.retry_interval AS [RetryInterval],
tshj.os_run_priority AS [OSRunPriority],
ISNULL(tshj.output_file_name,N'') AS [OutputFileName],
tshj.last_run_outcome AS [LastRunOutcome],
tshj.last_run_duration AS [LastRunDuration],
tshj.last_run_retries AS [LastRunRetries],
tshj.last_run_date AS [LastRunDateInt],
tshj.last_run_time AS [LastRunTimeInt],
tshj.flags AS [JobStepFlags],
ISNULL(sp.name,N'') AS [ProxyName],
tshj.job_id AS [JobID]
FROM
#tmp_sp_help_jobstep AS tshj
LEFT OUTER JOIN #tmp_sp_help_proxy AS sp ON sp.proxy_id = tshj.proxy_id
ORDER BY [ID] ASC

drop table #tmp_sp_help_proxy

drop table #tmp_sp_help_jobstep
`;

/** agent_jobschedule.xml: the schedules of the selected jobs, through a cursor over sp_help_jobschedule */
export const jobSchedules = (jobName: string): string => `
create table #tmp_sp_help_jobschedule
(schedule_id int null, schedule_name nvarchar(128) null, enabled int null, freq_type int null, freq_interval int null, freq_subday_type int null, freq_subday_interval int null, freq_relative_interval int null, freq_recurrence_factor int null, active_start_date int null, active_end_date int null, active_start_time int null, active_end_time int null, date_created datetime null, schedule_description nvarchar(4000) null, next_run_date int null, next_run_time int null, schedule_uid uniqueidentifier null,  job_count int null, job_id uniqueidentifier null)
declare @job_id sysname
declare crs cursor local fast_forward
for ( SELECT
sv.job_id AS [JobID]
FROM
msdb.dbo.sysjobs_view AS sv
WHERE
(sv.name=N'${jobName}') ) 
open crs 
fetch crs into @job_id
while @@fetch_status >= 0 
begin 
  insert into #tmp_sp_help_jobschedule (schedule_id, schedule_name, enabled, freq_type, freq_interval, freq_subday_type, freq_subday_interval, freq_relative_interval, freq_recurrence_factor, active_start_date, active_end_date, active_start_time, active_end_time, date_created, schedule_description, next_run_date, next_run_time, schedule_uid, job_count) 
    exec msdb.dbo.sp_help_jobschedule @job_id = @job_id
  update #tmp_sp_help_jobschedule set job_id = @job_id where job_id is null
  fetch crs into @job_id
end 
close crs
deallocate crs

SELECT
tshj.schedule_name AS [Name],
tshj.schedule_id AS [ID],
tshj.date_created AS [DateCreated],
CAST(tshj.enabled AS bit) AS [IsEnabled],
tshj.freq_type AS [FrequencyTypes],
tshj.freq_interval AS [FrequencyInterval],
tshj.freq_subday_type AS [FrequencySubDayTypes],
tshj.freq_subday_interval AS [FrequencySubDayInterval],
tshj.freq_relative_interval AS [FrequencyRelativeIntervals],
tshj.freq_recurrence_factor AS [FrequencyRecurrenceFactor],
tshj.active_start_date AS [ActiveStartDateInt],
tshj.active_start_time AS [ActiveStartTimeOfDayInt],
tshj.active_end_time AS [ActiveEndTimeOfDayInt],
tshj.active_end_date AS [ActiveEndDateInt],
tshj.job_id AS [JobID],
tshj.job_count AS [JobCount],
tshj.schedule_uid AS [ScheduleUid],
ISNULL(suser_sname(sslv.owner_sid), N'') AS [OwnerLoginName]
FROM
#tmp_sp_help_jobschedule AS tshj
LEFT OUTER JOIN msdb.dbo.sysschedules_localserver_view AS sslv ON tshj.schedule_id = sslv.schedule_id
ORDER BY [Name] ASC

drop table #tmp_sp_help_jobschedule
`;

/** agent_operator.xml: the Operators folder */
export const OPERATORS = `
create table #tmp_sp_help_operator
(id int null, name nvarchar(128) null, enabled tinyint null, email_address nvarchar(100) null, last_email_date int null, last_email_time int null, pager_address nvarchar(100) null, last_pager_date int null, last_pager_time int null, weekday_pager_start_time int null, weekday_pager_end_time int null, saturday_pager_start_time int null, saturday_pager_end_time int null, sunday_pager_start_time int null, sunday_pager_end_time int null, pager_days tinyint null, netsend_address nvarchar(100) null, last_netsend_date int null, last_netsend_time int null, category_name nvarchar(128) null)
insert into #tmp_sp_help_operator exec msdb.dbo.sp_help_operator

SELECT
tsho.name AS [Name],
${JOBSERVER_URN} + '/Operator[@Name=' + quotename(tsho.name,'''') + ']' AS [Urn],
tsho.id AS [ID],
CAST(tsho.enabled AS bit) AS [Enabled],
ISNULL(tsho.email_address,N'') AS [EmailAddress],
tsho.last_email_date AS [LastEmailDateInt],
tsho.last_email_time AS [LastEmailTimeInt],
ISNULL(tsho.pager_address,N'') AS [PagerAddress],
tsho.last_pager_date AS [LastPagerDateInt],
tsho.last_pager_time AS [LastPagerTimeInt],
tsho.weekday_pager_start_time AS [WeekdayPagerStartTimeInt],
tsho.weekday_pager_end_time AS [WeekdayPagerEndTimeInt],
tsho.saturday_pager_start_time AS [SaturdayPagerStartTimeInt],
tsho.saturday_pager_end_time AS [SaturdayPagerEndTimeInt],
tsho.sunday_pager_start_time AS [SundayPagerStartTimeInt],
tsho.sunday_pager_end_time AS [SundayPagerEndTimeInt],
tsho.pager_days AS [PagerDays],
ISNULL(tsho.netsend_address,N'') AS [NetSendAddress],
tsho.last_netsend_date AS [LastNetsendDateInt],
tsho.last_netsend_time AS [LastNetsendTimeInt],
ISNULL(tsho.category_name,N'') AS [CategoryName]
FROM
#tmp_sp_help_operator AS tsho
ORDER BY [Name] ASC

drop table #tmp_sp_help_operator
`;

/** agent_alert.xml's prefix: #tmp_sp_help_alert from sp_help_alert */
const ALERT_TABLE = `
create table #tmp_sp_help_alert
(id int null, name nvarchar(128) null, event_source nvarchar(100) null, event_category_id int null, event_id int null, message_id int null, severity int null, enabled tinyint null, delay_between_responses int null, last_occurrence_date int null, last_occurrence_time int null, last_response_date int null, last_response_time int null, notification_message nvarchar(512) null, include_event_description tinyint null, database_name nvarchar(128) null, event_description_keyword nvarchar(100) null, occurrence_count int null, count_reset_date int null, count_reset_time int null, job_id uniqueidentifier null, job_name nvarchar(128) null, has_notification int null, flags int null, performance_condition nvarchar(512) null, category_name nvarchar(128) null, wmi_namespace nvarchar(max) null, wmi_query nvarchar(max) null, type int null)
insert into #tmp_sp_help_alert exec msdb.dbo.sp_help_alert
`;

/** agent_alert.xml: the Alerts folder */
export const ALERTS = `${ALERT_TABLE}
SELECT
tsha.name AS [Name],
${JOBSERVER_URN} + '/Alert[@Name=' + quotename(tsha.name,'''') + ']' AS [Urn],
tsha.id AS [ID],
ISNULL(tsha.event_source,N'') AS [EventSource],
tsha.message_id AS [MessageID],
tsha.severity AS [Severity],
CAST(tsha.enabled AS bit) AS [IsEnabled],
tsha.delay_between_responses AS [DelayBetweenResponses],
tsha.last_occurrence_date AS [LastOccurrenceDateInt],
tsha.last_occurrence_time AS [LastOccurrenceTimeInt],
tsha.last_response_date AS [LastResponseDateInt],
tsha.last_response_time AS [LastResponseTimeInt],
ISNULL(tsha.notification_message,N'') AS [NotificationMessage],
tsha.include_event_description AS [IncludeEventDescription],
ISNULL(tsha.database_name,N'') AS [DatabaseName],
ISNULL(tsha.event_description_keyword,N'') AS [EventDescriptionKeyword],
tsha.occurrence_count AS [OccurrenceCount],
tsha.count_reset_date AS [CountResetDateInt],
tsha.count_reset_time AS [CountResetTimeInt],
ISNULL(tsha.job_id, convert(uniqueidentifier, N'00000000-0000-0000-0000-000000000000')) AS [JobID],
ISNULL(tsha.job_name,N'') AS [JobName],
tsha.has_notification AS [HasNotification],
ISNULL(tsha.performance_condition,N'') AS [PerformanceCondition],
ISNULL(tsha.category_name,N'') AS [CategoryName],
ISNULL(tsha.wmi_namespace,N'') AS [WmiEventNamespace],
ISNULL(tsha.wmi_query,N'') AS [WmiEventQuery],
tsha.type AS [AlertType]
FROM
#tmp_sp_help_alert AS tsha
ORDER BY [Name] ASC

drop table #tmp_sp_help_alert
`;

/** agent_alertsystem.xml: the Alert System page (registry values of the agent) */
export const ALERT_SYSTEM = `
declare @FailSafeOperator nvarchar(255)
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'AlertFailSafeOperator', @param = @FailSafeOperator OUT, @no_output = N'no_output'

declare @NotificationMethod int
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'AlertNotificationMethod', @param = @NotificationMethod OUT, @no_output = N'no_output'

declare @ForwardingServer nvarchar(255)
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'AlertForwardingServer', @param = @ForwardingServer OUT, @no_output = N'no_output'

declare @ForwardingSeverity int
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'AlertForwardingSeverity', @param = @ForwardingSeverity OUT, @no_output = N'no_output'

declare @ForwardAlways int
exec master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'AlertForwardAlways', @param = @ForwardAlways OUT, @no_output = N'no_output'

SELECT
ISNULL(@FailSafeOperator,N'') AS [FailSafeOperator],
ISNULL(@NotificationMethod,0) AS [NotificationMethod],
ISNULL(@ForwardingServer,N'') AS [ForwardingServer],
ISNULL(@ForwardingSeverity,0) AS [ForwardingSeverity],
CAST(ISNULL(@ForwardAlways,0) AS bit) AS [IsForwardedAlways]
`;

/** agent_job_categories.xml: Job categories (the category picker of a job's properties) */
export const JOB_CATEGORIES = `
create table #tmp_sp_help_category
(category_id int null, category_type tinyint null, name nvarchar(128) null)
insert into #tmp_sp_help_category (category_id, category_type, name) exec msdb.dbo.sp_help_category 'JOB'

SELECT
tshc.name AS [Name],
tshc.category_id AS [ID],
tshc.category_type AS [CategoryType]
FROM
#tmp_sp_help_category AS tshc
ORDER BY [Name] ASC

drop table #tmp_sp_help_category
`;

/** ProxyAccount.xml: the Proxies folder */
export const PROXIES = `
create table #tmp_sp_help_proxy(proxy_id int null, name nvarchar(128) null, credential_identity nvarchar(128) null, enabled tinyint null, description nvarchar(1024) null, user_sid varbinary(40) null,  credential_id int null, credential_identity_exists int null)
insert into #tmp_sp_help_proxy(proxy_id, name, credential_identity, enabled, description, user_sid, credential_id, credential_identity_exists) exec msdb.dbo.sp_help_proxy

SELECT
tshp.name AS [Name],
tshp.proxy_id AS [ID],
CAST(tshp.enabled AS bit) AS [IsEnabled],
ISNULL(tshp.description,N'') AS [Description],
tshp.credential_id AS [CredentialID],
ISNULL(sc.name,N'') AS [CredentialName],
ISNULL(tshp.credential_identity,N'') AS [CredentialIdentity]
FROM
#tmp_sp_help_proxy AS tshp
INNER JOIN sys.credentials AS sc ON sc.credential_id = tshp.credential_id
ORDER BY [Name] ASC

drop table #tmp_sp_help_proxy
`;

/** agent_ErrorLog.xml: the Error Logs folder (master.dbo.sp_enumerrorlogs 2 lists the agent's logs) */
export const AGENT_ERROR_LOGS = `
create table #err_log_tmp(ArchiveNo int, CreateDate nvarchar(24), Size int)
insert #err_log_tmp exec master.dbo.sp_enumerrorlogs 2

SELECT
'Server[@Name=' + quotename(CAST(serverproperty(N'Servername') AS sysname),'''') + ']' + '/JobServer/ErrorLog[@ArchiveNo=''' + CAST(er.ArchiveNo AS sysname) + ''']' AS [Urn],
CAST(er.ArchiveNo AS sysname) AS [Name],
er.ArchiveNo AS [ArchiveNo],
CONVERT(datetime, er.CreateDate, 101) AS [CreateDate],
er.Size AS [Size]
FROM #err_log_tmp er
ORDER BY [ArchiveNo] ASC

drop table #err_log_tmp
`;

/** agent_targetserver.xml: Multi-Server Administration > Target Servers */
export const TARGET_SERVERS = `
create table #tmp_sp_help_targetserver
(server_id int null, server_name sysname null, location nvarchar(200) null, time_zone_adjustment int null, enlist_date datetime null, last_poll_date datetime null, status int null, unread_instructions int null, local_time datetime null, enlisted_by_nt_user nvarchar(200) null, poll_interval int null)
insert into #tmp_sp_help_targetserver exec msdb.dbo.sp_help_targetserver

SELECT
tsht.server_name AS [Name],
tsht.server_id AS [ID],
tsht.location AS [Location],
tsht.time_zone_adjustment AS [TimeZoneAdjustment],
tsht.enlist_date AS [EnlistDate],
tsht.last_poll_date AS [LastPollDate],
tsht.status AS [Status],
tsht.poll_interval AS [PollingInterval],
tsht.unread_instructions AS [PendingInstructions],
tsht.local_time AS [LocalTime]
FROM
#tmp_sp_help_targetserver AS tsht
ORDER BY [Name] ASC

drop table #tmp_sp_help_targetserver
`;

/** agent_targetservergroup.xml: Multi-Server Administration > Target Server Groups */
export const TARGET_SERVER_GROUPS = `
create table #tmp_sp_help_targetservergroup
(servergroup_id int null, name nvarchar(128) null)
insert into #tmp_sp_help_targetservergroup exec msdb..sp_help_targetservergroup

SELECT
tsht.name AS [Name],
tsht.servergroup_id AS [ID]
FROM
#tmp_sp_help_targetservergroup AS tsht
ORDER BY [Name] ASC

drop table #tmp_sp_help_targetservergroup
`;

/**
 * Job Activity Monitor (SSMS itself, not an SqlEnum XML): the agent's live job states from
 * xp_sqlagent_enum_jobs into a temp table, as sp_help_job and monitoring scripts read them, then
 * sp_help_jobactivity's session rows.
 */
export const JOB_ACTIVITY_MONITOR = `
create table #xp_results (job_id uniqueidentifier not null, last_run_date int not null, last_run_time int not null, next_run_date int not null, next_run_time int not null, next_run_schedule_id int not null, requested_to_run int not null, request_source int not null, request_source_id sysname collate database_default null, running int not null, current_step int not null, current_retry_attempt int not null, job_state int not null)
insert into #xp_results exec master.dbo.xp_sqlagent_enum_jobs 1, N'sa'
select sv.name, x.running, x.job_state, x.current_step, x.next_run_schedule_id
from #xp_results x join msdb.dbo.sysjobs_view sv on sv.job_id = x.job_id
order by sv.name
drop table #xp_results
exec msdb.dbo.sp_help_jobactivity
`;

/** agent_jobhistory.xml: a job's View History (sp_help_jobhistory @mode = 'FULL') */
export const jobHistory = (jobName: string): string => `
create table #tmp_sp_help_jobhistory
(instance_id int null, job_id uniqueidentifier null, job_name sysname null, step_id int null, step_name sysname null, sql_message_id int null, sql_severity int null, message nvarchar(4000) null, run_status int null, run_date int null, run_time int null, run_duration int null, operator_emailed sysname null, operator_netsent sysname null, operator_paged sysname null, retries_attempted int null, server sysname null)
insert into #tmp_sp_help_jobhistory exec msdb.dbo.sp_help_jobhistory @mode='FULL'

SELECT
tshj.instance_id AS [InstanceID],
tshj.sql_message_id AS [SqlMessageID],
tshj.message AS [Message],
tshj.step_id AS [StepID],
tshj.step_name AS [StepName],
tshj.sql_severity AS [SqlSeverity],
tshj.job_id AS [JobID],
tshj.job_name AS [JobName],
tshj.run_status AS [RunStatus],
convert(datetime, stuff(stuff(cast(tshj.run_date as nchar(8)), 7, 0, '-'), 5, 0, '-') + N' ' + stuff(stuff(substring(cast(1000000 + tshj.run_time as nchar(7)), 2, 6), 5, 0, ':'), 3, 0, ':'), 120) AS [RunDate],
tshj.run_duration AS [RunDuration],
tshj.operator_emailed AS [OperatorEmailed],
tshj.operator_netsent AS [OperatorNetsent],
tshj.operator_paged AS [OperatorPaged],
tshj.retries_attempted AS [RetriesAttempted],
tshj.server AS [Server]
FROM
#tmp_sp_help_jobhistory AS tshj
WHERE
(tshj.job_name=N'${jobName}')
ORDER BY [InstanceID] ASC

drop table #tmp_sp_help_jobhistory
`;

/** agent_alert_categories.xml */
export const ALERT_CATEGORIES = `
create table #tmp_sp_help_category
(category_id int null, category_type tinyint null, name nvarchar(128) null)
insert into #tmp_sp_help_category (category_id, category_type, name) exec msdb.dbo.sp_help_category 'ALERT'

SELECT
tshc.name AS [Name],
tshc.category_id AS [ID]
FROM
#tmp_sp_help_category AS tshc
ORDER BY [Name] ASC

drop table #tmp_sp_help_category
`;

/** agent_jobtargetservers.xml: a job's target servers (cursor over sp_help_jobserver) */
export const jobTargetServers = (jobName: string): string => `
create table #tmp_sp_help_jobserver
(server_id int null, server_name sysname null, enlist_date datetime null, last_poll_date datetime null, last_run_date int null, last_run_time int null, last_run_duration int null, last_run_outcome tinyint null, last_outcome_message nvarchar(4000) null, job_id uniqueidentifier null)
declare @job_id uniqueidentifier
declare crs cursor local fast_forward
for ( SELECT
sv.job_id AS [JobID]
FROM
msdb.dbo.sysjobs_view AS sv
WHERE
(sv.name=N'${jobName}') )
open crs
fetch crs into @job_id
while @@fetch_status >= 0
begin
insert into #tmp_sp_help_jobserver(server_id, server_name, enlist_date, last_poll_date, last_run_date, last_run_time, last_run_duration, last_run_outcome, last_outcome_message)
		exec msdb.dbo.sp_help_jobserver @job_id = @job_id, @show_last_run_details = 1
	update #tmp_sp_help_jobserver set job_id = @job_id where job_id is null
	fetch crs into @job_id
end
close crs
deallocate crs

SELECT
tshj.server_name AS [ServerName],
tshj.server_id AS [ID],
tshj.enlist_date AS [EnlistDate],
tshj.last_poll_date AS [LastPollDate],
tshj.last_run_date AS [LastRunDateInt],
tshj.last_run_time AS [LastRunTimeInt],
tshj.last_run_duration AS [LastRunDuration],
tshj.last_run_outcome AS [LastRunOutcome],
tshj.last_outcome_message AS [LastOutcomeMessage],
tshj.job_id AS [JobID]
FROM
#tmp_sp_help_jobserver AS tshj
ORDER BY [ServerName] ASC

drop table #tmp_sp_help_jobserver
`;

/** AgentSubSystems.xml: the subsystems a proxy may run (an INSENSITIVE ... FOR READ ONLY cursor) */
export const AGENT_SUBSYSTEMS = `
create table #tmp_sp_enum_sqlagent_subsystems
(subsystem nvarchar(max) null, description nvarchar(max) null, subsystem_dll nvarchar(max) null, agent_exe nvarchar(max) null, start_entry_point nvarchar(max) null, event_entry_point nvarchar(max) null, stop_entry_point nvarchar(max) null, max_worker_threads int null, subsystem_id int null)
create table #tmp_sp_help_proxy_subsystem(subsystem nvarchar(max) null, proxy_id int null, name nvarchar(128) null, credential_identity nvarchar(128) null, enabled tinyint null, description nvarchar(1024) null, user_sid varbinary(40) null,  credential_id int null, credential_identity_exists int null)
insert into #tmp_sp_enum_sqlagent_subsystems(subsystem, description, subsystem_dll, agent_exe, start_entry_point, event_entry_point, stop_entry_point, max_worker_threads, subsystem_id)
		exec msdb.dbo.sp_enum_sqlagent_subsystems
declare @subsystem nvarchar(max)
declare @login sysname
set @login = suser_sname()
declare crs insensitive cursor 
	for ( select subsystem from #tmp_sp_enum_sqlagent_subsystems ) 
for read only 
open crs 
fetch crs into @subsystem
while @@fetch_status >= 0 
begin 
	if 'TSQL' != @subsystem
	begin
		insert into #tmp_sp_help_proxy_subsystem(proxy_id, name, credential_identity, enabled, description, user_sid, credential_id, credential_identity_exists) 
			exec msdb.dbo.sp_help_proxy @subsystem_name = @subsystem, @name = @login
		update #tmp_sp_help_proxy_subsystem set subsystem = @subsystem where subsystem is null
	end		
	fetch crs into @subsystem
end 
close crs
deallocate crs

SELECT (SELECT COUNT(*) FROM #tmp_sp_enum_sqlagent_subsystems) AS subsystems, (SELECT COUNT(*) FROM #tmp_sp_help_proxy_subsystem) AS proxy_grants

drop table #tmp_sp_help_proxy_subsystem
drop table #tmp_sp_enum_sqlagent_subsystems
`;

/** AlertNotification.xml: the operators an alert notifies (cursor over sp_help_notification 'OPERATORS') */
export const alertNotifications = (alertName: string): string => `${ALERT_TABLE}
create table #alert_notification_tmp(AlertName sysname default '', OperatorId int, OperatorName sysname, UseEmail bit, UsePager bit, UseNetSend bit, HasEmail bit, HasPager bit, HasNetSend bit)
declare @AlertName sysname
declare crs cursor local fast_forward
	for ( SELECT
tsha.name AS [Name]
FROM
#tmp_sp_help_alert AS tsha
WHERE
(tsha.name=N'${alertName}') ) 
open crs 
fetch crs into @AlertName
while @@fetch_status >= 0 
begin 
		insert #alert_notification_tmp (OperatorId,OperatorName,UseEmail,UsePager,UseNetSend,HasEmail,HasPager,HasNetSend) exec msdb.dbo.sp_help_notification 'OPERATORS', @AlertName, 'ACTUAL', 7
		update #alert_notification_tmp set AlertName=@AlertName where AlertName = ''
		fetch crs into @AlertName
end 
close crs
deallocate crs

SELECT
ant.OperatorId AS [OperatorId],
ant.OperatorName AS [OperatorName],
ant.UseEmail AS [UseEmail],
ant.UsePager AS [UsePager],
ant.UseNetSend AS [UseNetSend],
ant.HasEmail AS [HasEmail],
ant.HasPager AS [HasPager],
ant.HasNetSend AS [HasNetSend]
FROM
#alert_notification_tmp ant

drop table #alert_notification_tmp

drop table #tmp_sp_help_alert
`;

/** OperatorNotification.xml: the alerts that notify an operator (sp_help_notification 'ALERTS') */
export const operatorNotifications = (operatorName: string): string => `
create table #operator_notification_tmp(OperatorName sysname default '', AlertId int, AlertName sysname, UseEmail bit, UsePager bit, UseNetSend bit, HasEmail bit, HasPager bit, HasNetSend bit)
declare @OperatorName sysname
declare crs cursor local fast_forward
	for ( SELECT N'${operatorName}' AS [Name] ) 
open crs 
fetch crs into @OperatorName
while @@fetch_status >= 0 
begin 
		insert #operator_notification_tmp (AlertId,AlertName,UseEmail,UsePager,UseNetSend,HasEmail,HasPager,HasNetSend) exec msdb.dbo.sp_help_notification 'ALERTS', @OperatorName, 'ACTUAL', 7
		update #operator_notification_tmp set OperatorName=@OperatorName where OperatorName = ''
		fetch crs into @OperatorName
end 
close crs
deallocate crs

SELECT
ont.AlertId AS [AlertId],
ont.AlertName AS [AlertName],
ont.UseEmail AS [UseEmail],
ont.UsePager AS [UsePager],
ont.UseNetSend AS [UseNetSend],
ont.HasEmail AS [HasEmail],
ont.HasPager AS [HasPager],
ont.HasNetSend AS [HasNetSend]
FROM
#operator_notification_tmp ont

drop table #operator_notification_tmp
`;

/** OperatorJobNotification.xml: the jobs that notify an operator (cursor over sp_help_operator_jobs) */
export const operatorJobNotifications = (operatorName: string): string => `
create table #operator_job_notification_tmp(OperatorName sysname default '', JobId uniqueidentifier, JobName sysname, NotifyLevelEmail int, NotifyLevelNetSend int, NotifyLevelPage int)
declare @OperatorName sysname
declare crs cursor local fast_forward
	for ( SELECT N'${operatorName}' AS [Name] ) 
open crs 
fetch crs into @OperatorName
while @@fetch_status >= 0 
begin 
		insert #operator_job_notification_tmp (JobId,JobName,NotifyLevelEmail,NotifyLevelNetSend,NotifyLevelPage) exec msdb.dbo.sp_help_operator_jobs @operator_name = @OperatorName
		update #operator_job_notification_tmp set OperatorName=@OperatorName where OperatorName = ''
		fetch crs into @OperatorName
end 
close crs
deallocate crs

SELECT
ont.JobId AS [JobId],
ont.JobName AS [JobName],
ont.NotifyLevelEmail AS [NotifyLevelEmail],
ont.NotifyLevelNetSend AS [NotifyLevelNetSend],
ont.NotifyLevelPage AS [NotifyLevelPage]
FROM
#operator_job_notification_tmp ont

drop table #operator_job_notification_tmp
`;
