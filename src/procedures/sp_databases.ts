// sp_databases: DATABASE_NAME, DATABASE_SIZE (KB: the files of sys.master_files, 8 KB a page, as
// SQL Server sums them), REMARKS.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-databases-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';

export const spDatabases: ProcedureDefinition = {
  name: 'sp_databases',
  home: 'system',
  permission: 'public',
  parameters: [],
  async run(ctx) {
    await ctx.executeSql(`SELECT CAST(d.name AS sysname) AS DATABASE_NAME,
    CAST((SELECT SUM(CAST(f.size AS bigint)) * 8 FROM sys.master_files f WHERE f.database_id = d.database_id) AS int) AS DATABASE_SIZE,
    CAST(NULL AS varchar(254)) AS REMARKS
  FROM sys.databases d WHERE HAS_DBACCESS(d.name) = 1 ORDER BY d.name`);
  },
};
