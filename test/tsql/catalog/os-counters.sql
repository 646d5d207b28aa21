-- sys.dm_os_wait_stats and sys.dm_os_performance_counters: counts since the start, so values go
-- through predicates (a count grows by a known amount across batches). Documented facts: WAITFOR
-- is the wait type of WAITFOR statements, waiting_tasks_count grows at the start of each wait,
-- wait_time_ms includes signal_wait_time_ms; counter names of a default instance start with
-- 'SQLServer:', nchar(128) names are blank-padded, cntr_type 65792 is PERF_COUNTER_LARGE_RAWCOUNT
-- and 272696576 PERF_COUNTER_BULK_COUNT (a per-second counter is cumulative).
SELECT wait_type FROM sys.dm_os_wait_stats WHERE wait_type IN (N'LCK_M_X', N'WAITFOR') ORDER BY wait_type;
GO
SELECT waiting_tasks_count AS n, wait_time_ms AS t INTO #w FROM sys.dm_os_wait_stats WHERE wait_type = N'WAITFOR';
WAITFOR DELAY '00:00:00.200';
SELECT CASE WHEN s.waiting_tasks_count >= w.n + 1 THEN 1 END AS counted,
  CASE WHEN s.wait_time_ms >= w.t + 150 THEN 1 END AS timed,
  CASE WHEN s.max_wait_time_ms >= 150 AND s.max_wait_time_ms <= s.wait_time_ms THEN 1 END AS max_wait,
  CASE WHEN s.signal_wait_time_ms >= 0 AND s.signal_wait_time_ms <= s.wait_time_ms THEN 1 END AS signal
FROM sys.dm_os_wait_stats s CROSS JOIN #w w WHERE s.wait_type = N'WAITFOR';
GO
SELECT RTRIM(object_name) AS object_name, RTRIM(counter_name) AS counter_name, RTRIM(instance_name) AS instance_name, cntr_type
FROM sys.dm_os_performance_counters
WHERE (object_name = N'SQLServer:General Statistics' AND counter_name = N'User Connections')
  OR (object_name = N'SQLServer:SQL Statistics' AND counter_name = N'Batch Requests/sec')
  OR (object_name = N'SQLServer:Locks' AND counter_name = N'Lock Waits/sec' AND instance_name = N'_Total')
ORDER BY object_name;
GO
SELECT CASE WHEN cntr_value >= 1 THEN 1 END AS connected, DATALENGTH(object_name) AS object_bytes,
  DATALENGTH(counter_name) AS counter_bytes, DATALENGTH(instance_name) AS instance_bytes
FROM sys.dm_os_performance_counters WHERE counter_name = N'User Connections';
GO
SELECT cntr_value AS v INTO #b FROM sys.dm_os_performance_counters WHERE counter_name = N'Batch Requests/sec';
GO
SELECT 1 AS one;
GO
SELECT CASE WHEN p.cntr_value >= b.v + 1 THEN 1 END AS batches_counted
FROM sys.dm_os_performance_counters p CROSS JOIN #b b WHERE p.counter_name = N'Batch Requests/sec';
GO
SELECT CASE WHEN p.cntr_value >= s.waiting_tasks_count THEN 1 END AS lock_waits
FROM sys.dm_os_performance_counters p CROSS JOIN sys.dm_os_wait_stats s
WHERE p.counter_name = N'Lock Waits/sec' AND p.instance_name = N'_Total' AND s.wait_type = N'LCK_M_X';
GO
SELECT c.name, TYPE_NAME(c.user_type_id) AS type_name, c.max_length
FROM sys.all_columns c WHERE c.object_id = OBJECT_ID('sys.dm_os_wait_stats') ORDER BY c.column_id;
GO
SELECT c.name, TYPE_NAME(c.user_type_id) AS type_name, c.max_length
FROM sys.all_columns c WHERE c.object_id = OBJECT_ID('sys.dm_os_performance_counters') ORDER BY c.column_id;
GO
-- DBCC SQLPERF resets the wait statistics ("sys.dm_os_wait_stats"): the documented 2528, then zeros
DBCC SQLPERF ('sys.dm_os_wait_stats', CLEAR);
GO
SELECT wait_type, waiting_tasks_count, wait_time_ms, max_wait_time_ms, signal_wait_time_ms
FROM sys.dm_os_wait_stats WHERE wait_type IN (N'LCK_M_X', N'WAITFOR') ORDER BY wait_type;
GO
DBCC SQLPERF ('sys.dm_os_wait_stats', CLEAR) WITH NO_INFOMSGS;
GO
CREATE LOGIN oscounters_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=oscounters_plain password=Str0ng!Passw0rd database=master
SELECT wait_type FROM sys.dm_os_wait_stats;
GO
SELECT cntr_value FROM sys.dm_os_performance_counters;
GO
