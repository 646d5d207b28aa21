// sp_databases: DATABASE_NAME, DATABASE_SIZE (KB; NULL: SQLite files are not sized like SQL
// Server's), REMARKS.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-databases-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';

export const spDatabases: ProcedureDefinition = {
  name: 'sp_databases',
  home: 'system',
  permission: 'public',
  parameters: [],
  async run(ctx) {
    await ctx.executeSql(`SELECT CAST(name AS sysname) AS DATABASE_NAME, CAST(NULL AS int) AS DATABASE_SIZE,
    CAST(NULL AS varchar(254)) AS REMARKS
  FROM sys.databases WHERE HAS_DBACCESS(name) = 1 ORDER BY name`);
  },
};
