CREATE TABLE dfn_t (id int IDENTITY PRIMARY KEY, label varchar(10) NOT NULL, price decimal(9,2) NULL);
GO
SELECT column_ordinal, name, is_nullable, system_type_name, is_identity_column, error_number
FROM sys.dm_exec_describe_first_result_set(N'SELECT id, label, price FROM dfn_t WHERE id = @k', N'@k int', 0)
ORDER BY column_ordinal;
GO
SELECT error_number, error_severity, error_state, error_message, error_type, error_type_desc
FROM sys.dm_exec_describe_first_result_set(N'IF (1=1) SELECT id FROM dfn_t; ELSE SELECT label FROM dfn_t;', NULL, 0);
GO
SELECT error_number, error_type, error_type_desc
FROM sys.dm_exec_describe_first_result_set(N'SELECT FROM', NULL, 0);
GO
SELECT COUNT(*) AS described FROM sys.dm_exec_describe_first_result_set(N'UPDATE dfn_t SET label = ''x''', NULL, 0);
GO
