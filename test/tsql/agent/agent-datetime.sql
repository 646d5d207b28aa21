SELECT msdb.dbo.agent_datetime(20240105, 0) AS midnight,
       msdb.dbo.agent_datetime(20241231, 235959) AS last_second,
       msdb.dbo.agent_datetime(19900101, 10203) AS one_digit_parts,
       msdb.dbo.agent_datetime(20240229, 120000) AS leap_day_noon,
       msdb.dbo.agent_datetime(NULL, 0) AS null_date,
       msdb.dbo.agent_datetime(20240105, NULL) AS null_time;
GO
DECLARE @d datetime;
BEGIN TRY SET @d = msdb.dbo.agent_datetime(0, 0); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS sev, ERROR_STATE() AS st, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @d datetime;
BEGIN TRY SET @d = msdb.dbo.agent_datetime(20240230, 0); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @d datetime;
BEGIN TRY SET @d = msdb.dbo.agent_datetime(20240105, 240000); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
DECLARE @d datetime;
BEGIN TRY SET @d = msdb.dbo.agent_datetime(20240105, 1000000); END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
SELECT CASE WHEN OBJECT_ID('msdb.dbo.agent_datetime') IS NULL THEN 0 ELSE 1 END AS found,
       CASE WHEN OBJECT_ID('msdb.dbo.agent_datetime', 'FN') = OBJECT_ID('msdb.dbo.agent_datetime') THEN 1 ELSE 0 END AS is_fn,
       OBJECT_ID('msdb.dbo.agent_datetime', 'P') AS as_procedure;
SELECT o.name, SCHEMA_NAME(o.schema_id) AS sch, o.type, o.type_desc
FROM msdb.sys.objects AS o WHERE o.object_id = OBJECT_ID('msdb.dbo.agent_datetime');
SELECT p.parameter_id, p.name, TYPE_NAME(p.user_type_id) AS type_name
FROM msdb.sys.parameters AS p WHERE p.object_id = OBJECT_ID('msdb.dbo.agent_datetime') ORDER BY p.parameter_id;
GO
SET NOCOUNT ON;
CREATE TABLE #ag_dt_runs (run_id int NOT NULL, run_date int NOT NULL, run_time int NOT NULL);
INSERT #ag_dt_runs VALUES (1, 20240105, 0), (2, 20241231, 235959), (3, 20240601, 120000), (4, 20240531, 235959);
SELECT run_id, msdb.dbo.agent_datetime(run_date, run_time) AS run_at
FROM #ag_dt_runs
WHERE msdb.dbo.agent_datetime(run_date, run_time) >= '20240601'
ORDER BY msdb.dbo.agent_datetime(run_date, run_time) DESC;
SELECT MIN(msdb.dbo.agent_datetime(run_date, run_time)) AS first_run, MAX(msdb.dbo.agent_datetime(run_date, run_time)) AS last_run
FROM #ag_dt_runs;
GO
SET NOCOUNT ON;
INSERT #ag_dt_runs VALUES (5, 0, 0);
DECLARE @last datetime;
BEGIN TRY SELECT @last = MAX(msdb.dbo.agent_datetime(run_date, run_time)) FROM #ag_dt_runs; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
DROP TABLE #ag_dt_runs;
GO
SET NOCOUNT ON;
CREATE LOGIN ag_dt_reader WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb;
CREATE USER ag_dt_reader FOR LOGIN ag_dt_reader;
EXEC msdb.dbo.sp_add_job @job_name = N'ag_dt_job';
INSERT msdb.dbo.sysjobhistory (job_id, step_id, step_name, sql_message_id, sql_severity, message, run_status,
  run_date, run_time, run_duration, operator_id_emailed, operator_id_netsent, operator_id_paged, retries_attempted, server)
SELECT j.job_id, r.step_id, r.step_name, 0, 0, NULL, 1, r.run_date, r.run_time, 1, 0, 0, 0, 0, @@SERVERNAME
FROM msdb.dbo.sysjobs AS j
CROSS JOIN (VALUES (0, N'(Job outcome)', 20240601, 30000), (1, N's1', 20240601, 30000),
                   (0, N'(Job outcome)', 20240602, 30000), (1, N's1', 20240602, 30000),
                   (0, N'(Job outcome)', 20240531, 235959)) AS r (step_id, step_name, run_date, run_time)
WHERE j.name = N'ag_dt_job';
GO
SELECT j.name, h.step_id, msdb.dbo.agent_datetime(h.run_date, h.run_time) AS run_at
FROM msdb.dbo.sysjobs AS j
JOIN msdb.dbo.sysjobhistory AS h ON h.job_id = j.job_id
WHERE j.name = N'ag_dt_job' AND h.step_id = 0 AND msdb.dbo.agent_datetime(h.run_date, h.run_time) >= '2024-06-01T00:00:00'
ORDER BY run_at DESC;
GO
-- connect: login=ag_dt_reader password=Str0ng!Passw0rd database=msdb
DECLARE @d datetime;
BEGIN TRY SET @d = msdb.dbo.agent_datetime(20240105, 0); SELECT @d AS d; END TRY
BEGIN CATCH SELECT ERROR_NUMBER() AS n, ERROR_MESSAGE() AS m; END CATCH
GO
-- connect: login=sa database=msdb
GRANT EXECUTE ON dbo.agent_datetime TO ag_dt_reader;
GO
-- connect: login=ag_dt_reader password=Str0ng!Passw0rd database=msdb
SELECT msdb.dbo.agent_datetime(20240105, 0) AS d;
GO
-- connect: login=sa database=msdb
SET NOCOUNT ON;
DROP USER ag_dt_reader;
EXEC msdb.dbo.sp_delete_job @job_name = N'ag_dt_job';
GO
