SELECT name, type, is_ms_shipped FROM msdb.sys.objects
WHERE name IN ('sysjobs', 'sysjobhistory', 'sysmail_profile', 'sysjobs_view', 'sysschedules_localserver_view', 'agent_datetime')
ORDER BY name;
GO
SELECT CASE WHEN COUNT(*) > 0 THEN 1 ELSE 0 END AS some_shipped FROM msdb.sys.objects WHERE is_ms_shipped = 1;
SELECT COUNT(*) AS unshipped_children FROM msdb.sys.objects AS c
JOIN msdb.sys.objects AS p ON p.object_id = c.parent_object_id
WHERE p.is_ms_shipped = 1 AND c.is_ms_shipped = 0;
GO
-- connect: login=sa database=msdb
SELECT OBJECTPROPERTY(OBJECT_ID('dbo.sysjobs'), 'IsMSShipped') AS shipped, OBJECTPROPERTY(OBJECT_ID('dbo.sysjobs'), 'IsUserTable') AS user_table,
  OBJECTPROPERTY(OBJECT_ID('dbo.sysjobs_view'), 'IsMSShipped') AS view_shipped;
GO
CREATE TABLE dbo.tsql_ms_shipped_t (id int NOT NULL);
GO
SELECT name, type, is_ms_shipped, OBJECTPROPERTY(object_id, 'IsMSShipped') AS prop FROM sys.objects WHERE name = 'tsql_ms_shipped_t';
SELECT name FROM sys.objects WHERE is_ms_shipped = 0 ORDER BY name;
SELECT COUNT(*) AS user_objects FROM sys.objects WHERE is_ms_shipped = 0;
GO
DROP TABLE dbo.tsql_ms_shipped_t;
GO
SELECT COUNT(*) AS user_objects FROM sys.objects WHERE is_ms_shipped = 0;
GO
