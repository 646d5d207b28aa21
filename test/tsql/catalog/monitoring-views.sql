-- The monitoring views' shapes as documented ("sys.dm_tran_locks", "sys.dm_os_waiting_tasks",
-- "sys.dm_tran_active_transactions", "sys.dm_tran_session_transactions", "sys.dm_os_schedulers",
-- "sys.dm_os_sys_memory", "sys.dm_os_process_memory", "sp_lock", "sp_monitor" (Transact-SQL)):
-- column names, order and types; values that the documentation fixes (an open transaction is
-- active, read/write, named as BEGIN TRAN named it, and gone after COMMIT; sizes in KB are
-- consistent with each other; VISIBLE ONLINE schedulers; sp_lock's result set; VIEW SERVER STATE).
-- sp_monitor's values change every run: test/integration/dmv-activity.test.ts checks them.
SELECT TOP 0 * FROM sys.dm_tran_locks;
GO
SELECT TOP 0 * FROM sys.dm_os_waiting_tasks;
GO
SELECT TOP 0 * FROM sys.dm_tran_active_transactions;
GO
SELECT TOP 0 * FROM sys.dm_tran_session_transactions;
GO
BEGIN TRAN monitored;
SELECT a.name, a.transaction_type, a.transaction_state, s.is_user_transaction, s.is_local, s.open_transaction_count,
  CASE WHEN s.transaction_id = a.transaction_id THEN 1 END AS same_id
FROM sys.dm_tran_session_transactions s JOIN sys.dm_tran_active_transactions a ON a.transaction_id = s.transaction_id
WHERE s.session_id = @@SPID;
BEGIN TRAN;
SELECT open_transaction_count FROM sys.dm_tran_session_transactions WHERE session_id = @@SPID;
COMMIT;
COMMIT;
SELECT COUNT(*) AS after_commit FROM sys.dm_tran_session_transactions WHERE session_id = @@SPID;
GO
SELECT TOP 0 * FROM sys.dm_os_schedulers;
GO
SELECT COUNT(*) AS visible_online, MIN(scheduler_id) AS first_id FROM sys.dm_os_schedulers WHERE status = N'VISIBLE ONLINE' AND is_online = 1;
SELECT CASE WHEN current_tasks_count >= 1 THEN 1 END AS this_request, is_idle FROM sys.dm_os_schedulers;
GO
SELECT TOP 0 * FROM sys.dm_os_sys_memory;
GO
SELECT CASE WHEN total_physical_memory_kb > 0 AND available_physical_memory_kb BETWEEN 0 AND total_physical_memory_kb THEN 1 END AS physical,
  CASE WHEN available_page_file_kb <= total_page_file_kb THEN 1 END AS page_file,
  CASE WHEN system_high_memory_signal_state = 1 AND system_low_memory_signal_state = 0 THEN N'Available physical memory is high'
       WHEN system_high_memory_signal_state = 0 AND system_low_memory_signal_state = 1 THEN N'Available physical memory is low'
       WHEN system_high_memory_signal_state = 0 AND system_low_memory_signal_state = 0 THEN N'Physical memory usage is steady'
       ELSE N'Physical memory state is transitioning' END AS documented_state,
  CASE WHEN system_memory_state_desc = N'Physical memory usage is steady' OR system_memory_state_desc LIKE N'Available physical memory is %'
    OR system_memory_state_desc = N'Physical memory state is transitioning' THEN 1 END AS desc_known
FROM sys.dm_os_sys_memory;
GO
SELECT TOP 0 * FROM sys.dm_os_process_memory;
GO
SELECT CASE WHEN p.physical_memory_in_use_kb > 0 AND p.physical_memory_in_use_kb < m.total_physical_memory_kb THEN 1 END AS in_use,
  CASE WHEN p.virtual_address_space_reserved_kb + p.virtual_address_space_available_kb <= p.total_virtual_address_space_kb THEN 1 END AS address_space,
  CASE WHEN p.page_fault_count > 0 THEN 1 END AS faults,
  CASE WHEN p.memory_utilization_percentage BETWEEN 0 AND 100 THEN 1 END AS percentage
FROM sys.dm_os_process_memory p CROSS JOIN sys.dm_os_sys_memory m;
GO
EXEC sp_lock @@SPID;
GO
CREATE LOGIN monitoring_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=monitoring_plain password=Str0ng!Passw0rd database=master
SELECT COUNT(*) FROM sys.dm_tran_locks;
GO
SELECT COUNT(*) FROM sys.dm_os_schedulers;
GO
