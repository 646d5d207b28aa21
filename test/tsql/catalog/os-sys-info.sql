-- sys.dm_os_sys_info: one row; machine-dependent values through predicates. Documented relations:
-- cpu_count logical CPUs, schedulers per CPU, max_workers_count from the "max worker threads"
-- default, sqlserver_start_time in the past and ms_ticks at the start before ms_ticks now.
SELECT COUNT(*) AS row_count FROM sys.dm_os_sys_info;
GO
SELECT CASE WHEN cpu_count >= 1 THEN 1 END AS cpus,
  CASE WHEN hyperthread_ratio >= 1 THEN 1 END AS ht,
  CASE WHEN physical_memory_kb > 0 AND committed_kb > 0 AND committed_target_kb > 0 AND visible_target_kb > 0 THEN 1 END AS memory,
  CASE WHEN scheduler_count = cpu_count AND scheduler_total_count > scheduler_count THEN 1 END AS schedulers,
  CASE WHEN max_workers_count = CASE WHEN cpu_count <= 4 THEN 512 WHEN cpu_count <= 64 THEN 512 + (cpu_count - 4) * 16
    ELSE 512 + (cpu_count - 4) * 32 END THEN 1 END AS workers,
  CASE WHEN sqlserver_start_time <= GETDATE() AND sqlserver_start_time > DATEADD(DAY, -1, GETDATE()) THEN 1 END AS started,
  CASE WHEN sqlserver_start_time_ms_ticks <= ms_ticks AND cpu_ticks > 0 THEN 1 END AS ticks,
  CASE WHEN process_user_time_ms >= 0 AND process_kernel_time_ms >= 0 THEN 1 END AS cpu_time,
  CASE WHEN socket_count * cores_per_socket >= 1 AND numa_node_count >= 1 THEN 1 END AS topology,
  CASE WHEN virtual_machine_type_desc IN (N'NONE', N'HYPERVISOR', N'OTHER') THEN 1 END AS vm
FROM sys.dm_os_sys_info;
GO
SELECT affinity_type, affinity_type_desc, time_source_desc, softnuma_configuration, softnuma_configuration_desc,
  sql_memory_model, sql_memory_model_desc, os_priority_class, stack_size_in_bytes, virtual_memory_kb
FROM sys.dm_os_sys_info;
GO
-- the uptime DBAs compute from it
SELECT CASE WHEN DATEDIFF(SECOND, sqlserver_start_time, GETDATE()) >= 0 THEN 'up' END AS uptime FROM sys.dm_os_sys_info;
GO
SELECT c.name, TYPE_NAME(c.user_type_id) AS type_name, c.max_length, c.is_nullable
FROM sys.all_columns c WHERE c.object_id = OBJECT_ID('sys.dm_os_sys_info')
  AND c.name IN ('cpu_ticks', 'cpu_count', 'committed_kb', 'sqlserver_start_time', 'affinity_type_desc', 'os_priority_class', 'sql_memory_model_desc')
ORDER BY c.column_id;
GO
CREATE LOGIN osinfo_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=osinfo_plain password=Str0ng!Passw0rd database=master
SELECT cpu_count FROM sys.dm_os_sys_info;
GO
