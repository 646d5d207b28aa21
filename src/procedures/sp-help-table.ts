// The result sets sp_help sends for a table or view (after the object row), as T-SQL over the
// catalog views. `@__id` is the object id, `name` the N'...' literal of the name as given.
import { indexListSql } from './index-list-sql';

/** sp_help's Object_type words (SQL Server's spt_values 'O9T' names). */
export const OBJECT_TYPE_SQL = `CASE RTRIM(o.type) WHEN 'U' THEN 'user table' WHEN 'V' THEN 'view' WHEN 'P' THEN 'stored procedure'
  WHEN 'FN' THEN 'scalar function' WHEN 'IF' THEN 'inline function' WHEN 'TF' THEN 'table function' WHEN 'TR' THEN 'trigger'
  WHEN 'PK' THEN 'primary key cns' WHEN 'UQ' THEN 'unique key cns' WHEN 'F' THEN 'foreign key cns' WHEN 'C' THEN 'check cns'
  WHEN 'D' THEN 'default (maybe cns)' WHEN 'S' THEN 'system table' WHEN 'X' THEN 'extended stored proc' ELSE RTRIM(o.type) END`;

const NUMERIC_TYPES = "('tinyint', 'smallint', 'int', 'bigint', 'bit', 'decimal', 'numeric', 'real', 'float', 'money', 'smallmoney')";
const CHAR_TYPES = "('char', 'varchar', 'nchar', 'nvarchar', 'binary', 'varbinary')";

export function tableDescriptionSql(name: string): string {
  return `    SELECT CAST(c.name AS nvarchar(128)) AS Column_name, CAST(t.name AS nvarchar(128)) AS [Type],
        CAST(CASE WHEN c.is_computed = 1 THEN 'yes' ELSE 'no' END AS varchar(35)) AS Computed,
        CAST(c.max_length AS int) AS [Length],
        CAST(CASE WHEN t.name IN ${NUMERIC_TYPES} THEN RIGHT('     ' + CAST(c.precision AS varchar(5)), 5) ELSE '     ' END AS char(5)) AS Prec,
        CAST(CASE WHEN t.name IN ${NUMERIC_TYPES} THEN RIGHT('     ' + CAST(c.scale AS varchar(5)), 5) ELSE '     ' END AS char(5)) AS Scale,
        CAST(CASE WHEN c.is_nullable = 1 THEN 'yes' ELSE 'no' END AS varchar(35)) AS Nullable,
        CAST(CASE WHEN t.name IN ${CHAR_TYPES} THEN 'no' ELSE '(n/a)' END AS varchar(35)) AS TrimTrailingBlanks,
        CAST(CASE WHEN t.name IN ${CHAR_TYPES} THEN CASE WHEN c.is_nullable = 1 THEN 'yes' ELSE 'no' END ELSE '(n/a)' END AS varchar(35)) AS FixedLenNullInSource,
        CAST(c.collation_name AS nvarchar(128)) AS Collation
      FROM sys.columns c JOIN sys.types t ON t.user_type_id = c.user_type_id
      WHERE c.object_id = @__id ORDER BY c.column_id;
    IF EXISTS (SELECT 1 FROM sys.columns WHERE object_id = @__id AND is_identity = 1)
      SELECT CAST(name AS nvarchar(128)) AS [Identity], IDENT_SEED(${name}) AS Seed, IDENT_INCR(${name}) AS Increment,
          CAST(0 AS int) AS [Not For Replication]
        FROM sys.columns WHERE object_id = @__id AND is_identity = 1;
    ELSE
      SELECT CAST('No identity column defined.' AS nvarchar(128)) AS [Identity], CAST(NULL AS numeric(38, 0)) AS Seed,
        CAST(NULL AS numeric(38, 0)) AS Increment, CAST(NULL AS int) AS [Not For Replication];
    SELECT CAST('No rowguidcol column defined.' AS nvarchar(128)) AS [RowGuidCol];
    SELECT CAST('PRIMARY' AS nvarchar(128)) AS Data_located_on_filegroup;
${indexListSql(name)}
    IF EXISTS (SELECT 1 FROM sys.objects WHERE parent_object_id = @__id AND type IN ('PK', 'UQ', 'C', 'D', 'F'))
      SELECT CAST(CASE RTRIM(k.type) WHEN 'PK' THEN 'PRIMARY KEY (clustered)' WHEN 'UQ' THEN 'UNIQUE (non-clustered)'
            WHEN 'C' THEN 'CHECK Table Level' WHEN 'D' THEN 'DEFAULT' ELSE 'FOREIGN KEY' END AS nvarchar(146)) AS constraint_type,
          CAST(k.name AS nvarchar(128)) AS constraint_name,
          CAST(CASE WHEN k.type = 'F' THEN 'No Action' ELSE '(n/a)' END AS nvarchar(9)) AS delete_action,
          CAST(CASE WHEN k.type = 'F' THEN 'No Action' ELSE '(n/a)' END AS nvarchar(9)) AS update_action,
          CAST(CASE WHEN k.type IN ('C', 'F') THEN 'Enabled' ELSE '(n/a)' END AS varchar(8)) AS status_enabled,
          CAST(CASE WHEN k.type IN ('C', 'F') THEN 'Is_For_Replication' ELSE '(n/a)' END AS varchar(19)) AS status_for_replication,
          CAST((SELECT STRING_AGG(CAST(c.name AS nvarchar(max)), ', ') WITHIN GROUP (ORDER BY ic.key_ordinal)
                  FROM sys.indexes i JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
                  JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
                 WHERE i.object_id = @__id AND i.name = k.name) AS nvarchar(2126)) AS constraint_keys
        FROM sys.objects k WHERE k.parent_object_id = @__id AND k.type IN ('PK', 'UQ', 'C', 'D', 'F') ORDER BY k.name;
    ELSE
      RAISERROR(15469, 10, 1, ${name});
    IF EXISTS (SELECT 1 FROM sys.objects WHERE object_id = @__id AND type = 'U')
      AND NOT EXISTS (SELECT 1 FROM sys.objects WHERE type = 'F')
      RAISERROR(15470, 10, 1, ${name});`;
}
