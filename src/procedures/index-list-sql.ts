// The index list sp_help and sp_helpindex send (index_name, index_description, index_keys), in
// SQL Server's words: 'clustered, unique, primary key located on PRIMARY', keys joined by ', '
// with '(-)' after a descending one; 15472 (severity 10) when the table has no index.
// `@__id` is the object id, `name` the N'...' literal of the name as given.
export function indexListSql(name: string): string {
  return `    IF EXISTS (SELECT 1 FROM sys.indexes WHERE object_id = @__id AND index_id > 0)
      SELECT CAST(i.name AS nvarchar(128)) AS index_name,
          CAST(CASE WHEN i.type = 1 THEN 'clustered' ELSE 'nonclustered' END
            + CASE WHEN i.is_unique = 1 THEN ', unique' ELSE '' END
            + CASE WHEN i.is_primary_key = 1 THEN ', primary key' WHEN i.is_unique_constraint = 1 THEN ', unique key' ELSE '' END
            + ' located on PRIMARY' AS varchar(210)) AS index_description,
          CAST((SELECT STRING_AGG(CAST(c.name AS nvarchar(max)) + CASE WHEN ic.is_descending_key = 1 THEN '(-)' ELSE '' END, ', ')
                  WITHIN GROUP (ORDER BY ic.key_ordinal)
                FROM sys.index_columns ic JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
               WHERE ic.object_id = i.object_id AND ic.index_id = i.index_id) AS nvarchar(2126)) AS index_keys
        FROM sys.indexes i WHERE i.object_id = @__id AND i.index_id > 0 ORDER BY i.name;
    ELSE
      RAISERROR(15472, 10, 1, ${name});`;
}
