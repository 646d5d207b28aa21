-- sys.dm_exec_sql_text and sys.dm_exec_input_buffer ("sys.dm_exec_sql_text (Transact-SQL)",
-- "sys.dm_exec_input_buffer (Transact-SQL)"): the running batch's text through its sql_handle,
-- the documented example's CROSS APPLY from sys.dm_exec_requests, NULL dbid/objectid/number for an
-- ad hoc batch, sql_handle varbinary(64); the documentation's statement idiom (offsets in bytes,
-- statement_end_offset -1 for "to the end") on a one-statement batch; the input buffer as a
-- Language Event; both functions are inline table-valued functions in sys.all_objects.
SELECT t.dbid, t.objectid, t.number, t.encrypted, RIGHT(t.text, 25) AS tail, DATALENGTH(r.sql_handle) AS handle_bytes
FROM sys.dm_exec_requests r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) t
WHERE r.session_id = @@SPID;
GO
DECLARE @h varbinary(64) = (SELECT sql_handle FROM sys.dm_exec_requests WHERE session_id = @@SPID);
SELECT LEFT(text, 9) AS head FROM sys.dm_exec_sql_text(@h);
SELECT COUNT(*) AS from_connection FROM sys.dm_exec_connections c
  CROSS APPLY sys.dm_exec_sql_text(c.most_recent_sql_handle) t WHERE c.session_id = @@SPID AND c.most_recent_sql_handle = @h;
GO
SELECT COUNT(*) AS unknown_handle FROM sys.dm_exec_sql_text(0x0200000000);
SELECT COUNT(*) AS null_handle FROM sys.dm_exec_sql_text(NULL);
GO
SELECT s.session_id - @@SPID AS same, o.n FROM sys.dm_exec_sessions s
  OUTER APPLY (SELECT COUNT(*) AS n FROM sys.dm_exec_sql_text(0x02)) o WHERE s.session_id = @@SPID;
GO
SELECT event_type, parameters, event_info FROM sys.dm_exec_input_buffer(@@SPID, NULL);
GO
SELECT b.event_type, b.parameters FROM sys.dm_exec_sessions s
  CROSS APPLY sys.dm_exec_input_buffer(s.session_id, 0) AS b WHERE s.session_id = @@SPID;
GO
SELECT SUBSTRING(st.text, (r.statement_start_offset / 2) + 1,
    ((CASE r.statement_end_offset WHEN -1 THEN DATALENGTH(st.text) ELSE r.statement_end_offset END
      - r.statement_start_offset) / 2) + 1) AS statement_text
FROM sys.dm_exec_requests AS r CROSS APPLY sys.dm_exec_sql_text(r.sql_handle) AS st
WHERE r.session_id = @@SPID;
GO
SELECT COUNT(*) AS sessions_without_request FROM sys.dm_exec_sessions s
  LEFT JOIN sys.dm_exec_requests r ON r.session_id = s.session_id
  OUTER APPLY sys.dm_exec_sql_text(r.sql_handle) t WHERE s.session_id = @@SPID AND t.text IS NULL;
GO
CREATE LOGIN sqltext_plain WITH PASSWORD = 'Str0ng!Passw0rd', CHECK_POLICY = OFF;
GO
-- connect: login=sqltext_plain password=Str0ng!Passw0rd database=master
SELECT text FROM sys.dm_exec_sql_text(0x02);
GO
SELECT event_type, event_info FROM sys.dm_exec_input_buffer(@@SPID, NULL);
GO
SELECT COUNT(*) AS others FROM sys.dm_exec_input_buffer(1, NULL);
GO
-- connect: login=sa
-- both are inline table-valued functions of the sys schema (sp_BlitzWho looks for them in sys.all_objects)
SELECT name, type, type_desc, is_ms_shipped FROM sys.all_objects WHERE name IN (N'dm_exec_sql_text', N'dm_exec_input_buffer') ORDER BY name;
GO
SELECT c.name, TYPE_NAME(c.user_type_id) AS type_name, c.max_length
FROM sys.all_columns c WHERE c.object_id = OBJECT_ID('sys.dm_exec_sql_text') ORDER BY c.column_id;
GO
