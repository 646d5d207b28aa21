// One line per column of every msdb table, in table creation and column order (types, lengths,
// nullability, identity): what msdb-columns.txt (SQL Server's tables) and msxd-columns.txt
// (msxd's own msxd_* tables) pin.
export const COLUMNS_QUERY = `
SELECT t.name + '.' + c.name + ' ' + TYPE_NAME(c.system_type_id) + ' ' + CAST(c.max_length AS varchar(10))
       + CASE WHEN c.is_nullable = 1 THEN ' NULL' ELSE ' NOT NULL' END
       + CASE WHEN c.is_identity = 1 THEN ' IDENTITY' ELSE '' END
FROM sys.columns AS c
JOIN sys.tables AS t ON t.object_id = c.object_id
WHERE SCHEMA_NAME(t.schema_id) = N'dbo'
ORDER BY t.object_id, c.column_id`;
