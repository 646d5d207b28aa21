-- msdb: fixed rows SQL Server ships in msdb (job/alert/operator categories, subsystems).
-- Rows are inserted only when their key is missing, so a re-run changes nothing; the same rows
-- are listed in src/msdb/categories.ts and src/msdb/subsystems.ts (a test keeps them equal).

-- Fixed categories keep SQL Server's ids (0-99 reserved). Explicit ids also move the identity
-- past 99, so the first user category (sp_add_category) gets 100, as in SQL Server.
SET IDENTITY_INSERT dbo.syscategories ON;

INSERT INTO dbo.syscategories (category_id, category_class, category_type, name)
SELECT c.category_id, c.category_class, c.category_type, c.name
FROM (VALUES
  (0,  1, 1, N'[Uncategorized (Local)]'),
  (1,  1, 1, N'Jobs from MSX'),
  (2,  1, 2, N'[Uncategorized (Multi-Server)]'),
  (3,  1, 1, N'Database Maintenance'),
  (5,  1, 1, N'Full-Text'),
  (6,  1, 1, N'Log Shipping'),
  (7,  1, 1, N'Database Engine Tuning Advisor'),
  (8,  1, 1, N'Data Collector'),
  (10, 1, 1, N'REPL-Distribution'),
  (11, 1, 1, N'REPL-Distribution Cleanup'),
  (12, 1, 1, N'REPL-History Cleanup'),
  (13, 1, 1, N'REPL-LogReader'),
  (14, 1, 1, N'REPL-Merge'),
  (15, 1, 1, N'REPL-Snapshot'),
  (16, 1, 1, N'REPL-Checkup'),
  (17, 1, 1, N'REPL-Subscription Cleanup'),
  (18, 1, 1, N'REPL-Alert Response'),
  (19, 1, 1, N'REPL-QueueReader'),
  (20, 2, 3, N'Replication'),
  (98, 2, 3, N'[Uncategorized]'),
  (99, 3, 3, N'[Uncategorized]')
) AS c (category_id, category_class, category_type, name)
WHERE NOT EXISTS (SELECT 1 FROM dbo.syscategories AS e WHERE e.category_id = c.category_id);

SET IDENTITY_INSERT dbo.syscategories OFF;
GO

-- Subsystems msxd's Agent runs. SQL Server fills this table at Agent start from its install
-- (sp_verify_subsystems): TSQL has id 1, description message 14556 and "[Internal]" (message
-- 14557) in place of a DLL and entry points; its worker limit is 20 per CPU (20 here: one
-- node, and the Agent may rewrite it at start).
INSERT INTO dbo.syssubsystems
  (subsystem_id, subsystem, description_id, subsystem_dll, agent_exe,
   start_entry_point, event_entry_point, stop_entry_point, max_worker_threads)
SELECT s.subsystem_id, s.subsystem, s.description_id, s.subsystem_dll, s.agent_exe,
       s.start_entry_point, s.event_entry_point, s.stop_entry_point, s.max_worker_threads
FROM (VALUES
  (1, N'TSQL', 14556, N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', N'[Internal]', 20)
) AS s (subsystem_id, subsystem, description_id, subsystem_dll, agent_exe,
        start_entry_point, event_entry_point, stop_entry_point, max_worker_threads)
WHERE NOT EXISTS (SELECT 1 FROM dbo.syssubsystems AS e WHERE e.subsystem_id = s.subsystem_id);
GO
