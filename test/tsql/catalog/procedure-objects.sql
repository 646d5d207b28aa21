SELECT CASE WHEN OBJECT_ID('msdb.dbo.sp_add_job') IS NULL THEN 0 ELSE 1 END AS found,
  CASE WHEN OBJECT_ID('msdb.dbo.sp_add_job') > 0 THEN 1 ELSE 0 END AS positive,
  CASE WHEN OBJECT_ID('msdb.dbo.sp_add_job', 'P') = OBJECT_ID('msdb..sp_add_job') THEN 1 ELSE 0 END AS same_as_p,
  OBJECT_NAME(OBJECT_ID('msdb.dbo.sp_add_job'), DB_ID('msdb')) AS round_trip,
  OBJECT_ID('msdb.dbo.sp_add_job', 'U') AS wrong_type,
  OBJECT_ID('sp_add_job') AS not_here;
GO
SELECT name, type, type_desc, SCHEMA_NAME(schema_id) AS schema_name, parent_object_id, is_ms_shipped
FROM msdb.sys.procedures WHERE name IN ('sp_add_job', 'sp_help_job', 'sp_start_job') ORDER BY name;
SELECT name, type, is_ms_shipped FROM msdb.sys.objects WHERE name = 'sp_add_job';
SELECT COUNT(*) AS in_all_objects FROM msdb.sys.all_objects WHERE name = 'sp_add_job' AND object_id = OBJECT_ID('msdb.dbo.sp_add_job');
SELECT COUNT(*) AS in_user_db FROM sys.procedures WHERE name = 'sp_add_job';
GO
SELECT p.name, p.parameter_id, TYPE_NAME(p.system_type_id) AS type_name, p.max_length, p.is_output
FROM msdb.sys.parameters AS p JOIN msdb.sys.procedures AS o ON o.object_id = p.object_id
WHERE o.name = 'sp_add_job' AND p.name IN ('@job_name', '@description', '@job_id') ORDER BY p.parameter_id;
GO
-- connect: login=sa database=msdb
SELECT OBJECT_NAME(OBJECT_ID('sp_add_job')) AS one_part, OBJECT_SCHEMA_NAME(OBJECT_ID('sp_add_job')) AS schema_name,
  OBJECTPROPERTY(OBJECT_ID('dbo.sp_add_job'), 'IsProcedure') AS is_proc, OBJECTPROPERTY(OBJECT_ID('dbo.sp_add_job'), 'IsMSShipped') AS shipped;
GO
-- connect: login=sa database=master
SELECT name, type, type_desc, SCHEMA_NAME(schema_id) AS schema_name, is_ms_shipped, CASE WHEN object_id < 0 THEN 1 ELSE 0 END AS negative
FROM sys.all_objects WHERE name IN ('sp_who', 'sp_help', 'sp_executesql', 'xp_instance_regread') ORDER BY name;
SELECT name, type FROM sys.system_objects WHERE name IN ('sp_who', 'sp_executesql') ORDER BY name;
SELECT COUNT(*) AS in_sys_objects FROM sys.objects WHERE name IN ('sp_who', 'sp_executesql');
GO
SELECT CASE WHEN OBJECT_ID('sys.sp_who') < 0 THEN 1 ELSE 0 END AS two_part,
  CASE WHEN OBJECT_ID('sp_who') = OBJECT_ID('sys.sp_who') THEN 1 ELSE 0 END AS one_part,
  OBJECT_NAME(OBJECT_ID('sp_who')) AS name, OBJECT_SCHEMA_NAME(OBJECT_ID('sp_who')) AS schema_name,
  OBJECTPROPERTY(OBJECT_ID('sp_who'), 'IsMSShipped') AS shipped,
  CASE WHEN OBJECT_ID('sp_executesql', 'X') = OBJECT_ID('sys.sp_executesql') THEN 1 ELSE 0 END AS extended;
GO
