-- USE inside dynamic SQL lasts until the end of the EXECUTE / sp_executesql ("EXECUTE
-- (Transact-SQL)": changes in database context last only until the end of the EXECUTE statement).
EXEC (N'USE master; SELECT DB_NAME() AS inside');
SELECT CASE WHEN DB_NAME() = N'tsql_core_dynamic_use' THEN 'caller' END AS after_exec;
GO
EXEC sp_executesql N'USE msdb; SELECT DB_NAME() AS inside';
SELECT CASE WHEN DB_NAME() = N'tsql_core_dynamic_use' THEN 'caller' END AS after_executesql;
GO
