// sp_help [[@objname =] 'name']: without a name, every object of the current database (Name,
// Owner, Object_type) and the user types; with a table or view, its description in SQL Server's
// result sets (object, columns, identity, rowguidcol, filegroup, indexes, constraints); with
// another object (system views and procedures too, which OBJECT_ID finds), its first result set.
// 15009 for an unknown name.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text, withNocount } from './catalog-sql';
import { OBJECT_TYPE_SQL, tableDescriptionSql } from './sp-help-table';

const USER_TYPES = `SELECT CAST(NULL AS nvarchar(128)) AS User_type, CAST(NULL AS nvarchar(128)) AS Storage_type,
    CAST(NULL AS smallint) AS Length, CAST(NULL AS char(5)) AS Prec, CAST(NULL AS char(5)) AS Scale,
    CAST(NULL AS varchar(35)) AS Nullable, CAST(NULL AS nvarchar(128)) AS Default_name,
    CAST(NULL AS nvarchar(128)) AS Rule_name, CAST(NULL AS nvarchar(128)) AS Collation WHERE 1 = 0`;

export const spHelp: ProcedureDefinition = {
  name: 'sp_help',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@objname', type: { kind: 'nvarchar', length: 776 }, default: null }],
  async run(ctx, args) {
    const name = text(args.value('@objname'));
    if (name === undefined) {
      await ctx.executeSql(`SELECT CAST(o.name AS nvarchar(128)) AS Name, CAST(s.name AS nvarchar(128)) AS Owner,
    CAST(${OBJECT_TYPE_SQL} AS nvarchar(31)) AS Object_type
  FROM sys.objects o JOIN sys.schemas s ON s.schema_id = o.schema_id
  ORDER BY Object_type DESC, Name;
${USER_TYPES};`);
      return;
    }
    const n = nstr(name);
    await ctx.executeSql(withNocount(`DECLARE @__id int = OBJECT_ID(${n});
IF @__id IS NULL
  RAISERROR(15009, 16, 1, ${n}, ${nstr(ctx.database)});
ELSE
BEGIN
  SELECT CAST(o.name AS nvarchar(128)) AS Name, CAST(s.name AS nvarchar(128)) AS Owner,
      CAST(${OBJECT_TYPE_SQL} AS nvarchar(31)) AS Type, o.create_date AS Created_datetime
    FROM sys.all_objects o JOIN sys.schemas s ON s.schema_id = o.schema_id WHERE o.object_id = @__id;
  IF EXISTS (SELECT 1 FROM sys.objects WHERE object_id = @__id AND type IN ('U', 'V'))
  BEGIN
${tableDescriptionSql(n)}
  END
END`));
  },
};
