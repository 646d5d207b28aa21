-- msdb: sysalerts_performance_counters_view, the performance counters as SQL Server Agent's
-- performance-condition alerts name them: the object without its counter-set prefix
-- ('SQLServer:General Statistics' is 'General Statistics'; a named instance's 'MSSQL$<name>:'
-- likewise), names right-trimmed of nchar(128)'s padding, and the server's name.
-- sp_add_alert / sp_update_alert check a condition's object, counter and instance against it
-- (sp_verify_performance_condition); the agent samples the counters through it.
CREATE OR ALTER VIEW dbo.sysalerts_performance_counters_view
AS
SELECT RTRIM(SUBSTRING(pc.object_name, CHARINDEX(':', pc.object_name) + 1, DATALENGTH(pc.object_name))) AS object_name,
       RTRIM(pc.counter_name) AS counter_name,
       RTRIM(pc.instance_name) AS instance_name,
       pc.cntr_value,
       pc.cntr_type,
       SERVERPROPERTY('ServerName') AS server_name
FROM sys.dm_os_performance_counters AS pc
GO
