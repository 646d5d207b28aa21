SET NOCOUNT ON;
DECLARE @rc int;
EXEC msdb.dbo.sp_add_operator @name = N'ag_alert_op', @email_address = N'alerts@example.com';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_alert_job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'ag_alert_job', @step_name = N's1', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'ag_alert_job';
EXEC msdb.dbo.sp_add_job @job_name = N'ag_alert_job_no_server';
EXEC @rc = msdb.dbo.sp_add_alert @name = N'ag_alert_sev', @severity = 17, @delay_between_responses = 30,
  @notification_message = N'  look at it  ', @job_name = N'ag_alert_job';
SELECT @rc AS rc;
SELECT a.name, a.event_source, a.event_category_id, a.event_id, a.message_id, a.severity, a.enabled, a.delay_between_responses,
  a.last_occurrence_date, a.last_occurrence_time, a.last_response_date, a.last_response_time, a.notification_message,
  a.include_event_description, a.database_name, a.event_description_keyword, a.occurrence_count, a.count_reset_date,
  a.count_reset_time, j.name AS job_name, a.has_notification, a.flags, a.performance_condition, a.category_id
FROM msdb.dbo.sysalerts AS a LEFT JOIN msdb.dbo.sysjobs AS j ON j.job_id = a.job_id
WHERE a.name = N'ag_alert_sev';
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_alert @name = N'ag_alert_msg', @message_id = 50000, @database_name = N'master',
  @event_description_keyword = N'disk', @include_event_description_in = 1;
SELECT @rc AS rc;
SELECT name, message_id, severity, database_name, event_description_keyword, include_event_description,
  CONVERT(nvarchar(36), job_id) AS job_id, category_id
FROM msdb.dbo.sysalerts WHERE name = N'ag_alert_msg';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_sev', @severity = 18; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @message_id = 50000, @severity = 16; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 26; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @message_id = 2147483000; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @enabled = 2; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @delay_between_responses = -1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @include_event_description_in = 8; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @database_name = N'ag_no_such_db'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @job_name = N'ag_alert_job_no_server'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @job_name = N'ag_no_such_job'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 20, @category_name = N'ag_no_such_category'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @severity = 17; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_bad', @performance_condition = N'SQLServer:General Statistics|User Connections||>|100', @database_name = N'master'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_alert @name = N'ag_alert_sev', @new_name = N'ag_alert_sev2', @enabled = 0,
  @delay_between_responses = 60, @job_name = N'';
SELECT @rc AS rc;
SELECT name, severity, enabled, delay_between_responses, notification_message, CONVERT(nvarchar(36), job_id) AS job_id
FROM msdb.dbo.sysalerts WHERE name LIKE N'ag_alert_sev%';
GO
BEGIN TRY EXEC msdb.dbo.sp_update_alert @name = N'ag_alert_sev2', @occurrence_count = 5; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_alert @name = N'ag_no_such_alert', @enabled = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_update_alert @name = N'ag_alert_sev2', @message_id = 50000, @severity = 0,
  @database_name = N'master', @event_description_keyword = N'disk'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #alerts (id int, name sysname, event_source nvarchar(100), event_category_id int, event_id int, message_id int,
  severity int, enabled tinyint, delay_between_responses int, last_occurrence_date int, last_occurrence_time int,
  last_response_date int, last_response_time int, notification_message nvarchar(512), include_event_description tinyint,
  database_name nvarchar(512), event_description_keyword nvarchar(100), occurrence_count int, count_reset_date int,
  count_reset_time int, job_id uniqueidentifier, job_name sysname NULL, has_notification int, flags int,
  performance_condition nvarchar(512), category_name sysname NULL, wmi_namespace sysname NULL, wmi_query nvarchar(512), type int);
DECLARE @rc int;
INSERT INTO #alerts EXEC @rc = msdb.dbo.sp_help_alert;
SELECT @rc AS rc;
SELECT name, message_id, severity, enabled, database_name, event_description_keyword, job_name, category_name, type
FROM #alerts WHERE name LIKE N'ag_alert_%' ORDER BY name;
DELETE FROM #alerts;
INSERT INTO #alerts EXEC msdb.dbo.sp_help_alert @alert_name = N'ag_alert_msg';
SELECT name, has_notification FROM #alerts;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_alert @alert_name = N'ag_no_such_alert'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_alert_op', @notification_method = 1;
SELECT @rc AS rc;
SELECT a.name, a.has_notification, n.notification_method
FROM msdb.dbo.sysalerts AS a JOIN msdb.dbo.sysnotifications AS n ON n.alert_id = a.id
  JOIN msdb.dbo.sysoperators AS o ON o.id = n.operator_id
WHERE a.name = N'ag_alert_msg' AND o.name = N'ag_alert_op';
GO
BEGIN TRY EXEC msdb.dbo.sp_add_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_alert_op', @notification_method = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_no_such_op', @notification_method = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_notification @alert_name = N'ag_no_such_alert', @operator_name = N'ag_alert_op', @notification_method = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_add_notification @alert_name = N'ag_alert_sev2', @operator_name = N'ag_alert_op', @notification_method = 8; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
CREATE TABLE #ops (operator_id int, operator_name sysname, use_email int, use_pager int, use_netsend int,
  has_email int, has_pager int, has_netsend int);
DECLARE @rc int;
INSERT INTO #ops EXEC @rc = msdb.dbo.sp_help_notification @object_type = 'OPERATORS', @name = N'ag_alert_msg',
  @enum_type = 'ACTUAL', @notification_method = 7;
SELECT @rc AS rc;
SELECT operator_name, use_email, use_pager, use_netsend, has_email, has_pager, has_netsend FROM #ops;
CREATE TABLE #al (alert_id int, alert_name sysname, use_email int, has_email int, has_pager int, has_netsend int);
INSERT INTO #al EXEC msdb.dbo.sp_help_notification @object_type = 'ALERTS', @name = N'ag_alert_op',
  @enum_type = 'ALL', @notification_method = 1;
SELECT alert_name, use_email, has_email, has_pager, has_netsend FROM #al WHERE alert_name LIKE N'ag_alert_%' ORDER BY alert_name;
DELETE FROM #al;
INSERT INTO #al EXEC msdb.dbo.sp_help_notification @object_type = 'ALERTS', @name = N'ag_alert_op',
  @enum_type = 'TARGET', @notification_method = 1, @target_name = N'ag_alert_msg';
SELECT alert_name, use_email FROM #al;
GO
BEGIN TRY EXEC msdb.dbo.sp_help_notification @object_type = 'JOBS', @name = N'ag_alert_op', @enum_type = 'ALL', @notification_method = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_notification @object_type = 'ALERTS', @name = N'ag_alert_op', @enum_type = 'SOME', @notification_method = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_notification @object_type = 'ALERTS', @name = N'ag_alert_op', @enum_type = 'TARGET', @notification_method = 1; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_help_notification @object_type = 'ALERTS', @name = N'ag_alert_op', @enum_type = 'ALL', @notification_method = 1, @target_name = N'ag_alert_msg'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_update_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_alert_op', @notification_method = 3;
SELECT @rc AS rc;
SELECT has_notification FROM msdb.dbo.sysalerts WHERE name = N'ag_alert_msg';
EXEC @rc = msdb.dbo.sp_delete_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_alert_op';
SELECT @rc AS rc;
SELECT has_notification, (SELECT COUNT(*) FROM msdb.dbo.sysnotifications AS n WHERE n.alert_id = a.id) AS notifications
FROM msdb.dbo.sysalerts AS a WHERE name = N'ag_alert_msg';
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_alert_op'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC msdb.dbo.sp_add_notification @alert_name = N'ag_alert_msg', @operator_name = N'ag_alert_op', @notification_method = 1;
EXEC @rc = msdb.dbo.sp_delete_alert @name = N'ag_alert_msg';
SELECT @rc AS rc;
EXEC @rc = msdb.dbo.sp_delete_alert @name = N'ag_alert_sev2';
SELECT @rc AS rc;
SELECT (SELECT COUNT(*) FROM msdb.dbo.sysalerts WHERE name LIKE N'ag_alert_%') AS alerts,
  (SELECT COUNT(*) FROM msdb.dbo.sysnotifications AS n JOIN msdb.dbo.sysoperators AS o ON o.id = n.operator_id
   WHERE o.name = N'ag_alert_op') AS notifications;
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_alert @name = N'ag_alert_msg'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_add_alert @name = N'ag_alert_perf', @performance_condition = N'SQLServer:General Statistics|User Connections||>|100';
SELECT @rc AS rc;
CREATE TABLE #p (id int, name sysname, event_source nvarchar(100), event_category_id int, event_id int, message_id int,
  severity int, enabled tinyint, delay_between_responses int, last_occurrence_date int, last_occurrence_time int,
  last_response_date int, last_response_time int, notification_message nvarchar(512), include_event_description tinyint,
  database_name nvarchar(512), event_description_keyword nvarchar(100), occurrence_count int, count_reset_date int,
  count_reset_time int, job_id uniqueidentifier, job_name sysname NULL, has_notification int, flags int,
  performance_condition nvarchar(512), category_name sysname NULL, wmi_namespace sysname NULL, wmi_query nvarchar(512), type int);
INSERT INTO #p EXEC msdb.dbo.sp_help_alert @alert_name = N'ag_alert_perf';
SELECT name, message_id, severity, performance_condition, wmi_namespace, wmi_query, type FROM #p;
GO
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_perf2', @performance_condition = N'SQLServer:General Statistics|User Connections||>|100'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC @rc = msdb.dbo.sp_delete_alert @name = N'ag_alert_perf';
SELECT @rc AS rc;
GO
SET NOCOUNT ON;
DECLARE @rc int;
EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_opdel', @severity = 21;
EXEC msdb.dbo.sp_add_operator @name = N'ag_alert_op2', @email_address = N'two@example.com';
EXEC msdb.dbo.sp_add_notification @alert_name = N'ag_alert_opdel', @operator_name = N'ag_alert_op2', @notification_method = 1;
SELECT has_notification FROM msdb.dbo.sysalerts WHERE name = N'ag_alert_opdel';
EXEC @rc = msdb.dbo.sp_delete_operator @name = N'ag_alert_op2';
SELECT @rc AS rc;
SELECT has_notification FROM msdb.dbo.sysalerts WHERE name = N'ag_alert_opdel';
GO
SET NOCOUNT ON;
CREATE LOGIN ag_alert_owner WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN ag_alert_oper WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE LOGIN ag_alert_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb;
CREATE USER ag_alert_owner FOR LOGIN ag_alert_owner;
CREATE USER ag_alert_oper FOR LOGIN ag_alert_oper;
CREATE USER ag_alert_plain FOR LOGIN ag_alert_plain;
ALTER ROLE db_owner ADD MEMBER ag_alert_owner;
ALTER ROLE SQLAgentOperatorRole ADD MEMBER ag_alert_oper;
GO
-- connect: login=ag_alert_owner password=Str0ng!Passw0rd database=msdb
BEGIN TRY EXEC msdb.dbo.sp_add_alert @name = N'ag_alert_by_owner', @severity = 22; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
BEGIN TRY EXEC msdb.dbo.sp_delete_alert @name = N'ag_alert_opdel'; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=ag_alert_oper password=Str0ng!Passw0rd database=msdb
SET NOCOUNT ON;
CREATE TABLE #a (id int, name sysname, event_source nvarchar(100), event_category_id int, event_id int, message_id int,
  severity int, enabled tinyint, delay_between_responses int, last_occurrence_date int, last_occurrence_time int,
  last_response_date int, last_response_time int, notification_message nvarchar(512), include_event_description tinyint,
  database_name nvarchar(512), event_description_keyword nvarchar(100), occurrence_count int, count_reset_date int,
  count_reset_time int, job_id uniqueidentifier, job_name sysname NULL, has_notification int, flags int,
  performance_condition nvarchar(512), category_name sysname NULL, wmi_namespace sysname NULL, wmi_query nvarchar(512), type int);
DECLARE @rc int;
INSERT INTO #a EXEC @rc = msdb.dbo.sp_help_alert @alert_name = N'ag_alert_opdel';
SELECT @rc AS rc, name, severity FROM #a;
GO
-- connect: login=ag_alert_plain password=Str0ng!Passw0rd database=msdb
BEGIN TRY EXEC msdb.dbo.sp_help_alert; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=sa
SET NOCOUNT ON;
USE msdb;
DROP USER ag_alert_owner;
DROP USER ag_alert_oper;
DROP USER ag_alert_plain;
EXEC msdb.dbo.sp_delete_alert @name = N'ag_alert_opdel';
SELECT COUNT(*) AS alerts FROM msdb.dbo.sysalerts WHERE name LIKE N'ag_alert_%';
GO
SET NOCOUNT ON;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_alert_job';
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_alert_job_no_server';
EXEC msdb.dbo.sp_delete_operator @name = N'ag_alert_op';
SELECT COUNT(*) AS left_ FROM msdb.dbo.sysjobs WHERE name LIKE N'ag_alert_job%';
