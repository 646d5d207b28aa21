-- msdb: the job step subsystems besides TSQL (0002), so that sp_add_jobstep accepts what it
-- accepts on SQL Server (14234 names the rest). SQL Server's sp_verify_subsystems registers every
-- installed subsystem with its DLL; msxd's agent runs CmdExec (a child process) and PowerShell
-- (when pwsh is installed) itself, and fails the others' steps with "Unable to start execution of
-- step" at run time, so all of them carry "[Internal]" as TSQL does. max_worker_threads: SQL
-- Server's per-processor figures for one processor.
INSERT INTO dbo.syssubsystems
  (subsystem_id, subsystem, description_id, subsystem_dll, agent_exe,
   start_entry_point, event_entry_point, stop_entry_point, max_worker_threads)
SELECT s.subsystem_id, s.subsystem, s.description_id, s.subsystem_dll, s.agent_exe,
       s.start_entry_point, s.event_entry_point, s.stop_entry_point, s.max_worker_threads
FROM (VALUES
  (3, N'CmdExec', 14550, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 10),
  (4, N'Snapshot', 14551, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 100),
  (5, N'LogReader', 14552, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 25),
  (6, N'Distribution', 14553, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 100),
  (7, N'Merge', 14554, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 100),
  (8, N'QueueReader', 14581, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 10),
  (9, N'ANALYSISQUERY', 14513, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 100),
  (10, N'ANALYSISCOMMAND', 14514, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 100),
  (11, N'SSIS', 14538, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 100),
  (12, N'PowerShell', 14698, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 2)
) AS s (subsystem_id, subsystem, description_id, subsystem_dll, agent_exe,
        start_entry_point, event_entry_point, stop_entry_point, max_worker_threads)
WHERE NOT EXISTS (SELECT 1 FROM dbo.syssubsystems AS e WHERE e.subsystem_id = s.subsystem_id);
GO
