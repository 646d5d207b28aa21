// sp_helpdb [[@dbname =] 'name']: one row per database (name, db_size, owner, dbid, created,
// status, compatibility_level); 15010 for an unknown name. With a name, then its files as
// sp_helpfile lists them (from sys.master_files). db_size is the files' total, as SQL Server's
// STR(size / 128.0, 10, 2) + ' MB'.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpdb-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { FILE_LIST_COLUMNS } from './file-list-sql';

export const spHelpDb: ProcedureDefinition = {
  name: 'sp_helpdb',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@dbname', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const name = text(args.value('@dbname'));
    const where = name === undefined ? '' : `WHERE name = ${nstr(name)}`;
    const select = `SELECT CAST(name AS nvarchar(128)) AS name, CAST((SELECT STR(SUM(CAST(f.size AS decimal(17, 2))) / 128, 10, 2) + N' MB' FROM sys.master_files f
      WHERE f.database_id = d.database_id) AS nvarchar(13)) AS db_size,
    CAST(SUSER_SNAME(owner_sid) AS nvarchar(128)) AS owner, CAST(d.database_id AS smallint) AS dbid,
    CAST(CONVERT(nvarchar(11), create_date) AS nvarchar(11)) AS created,
    CAST(N'Status=ONLINE, Updateability=READ_WRITE, UserAccess=MULTI_USER, Recovery=' + recovery_model_desc
      + N', Version=957, Collation=' + collation_name + N', SQLSortOrder=52, IsAutoCreateStatistics, IsAutoUpdateStatistics'
      AS nvarchar(600)) AS status,
    CAST(compatibility_level AS tinyint) AS compatibility_level
  FROM sys.databases d ${where} ORDER BY name`;
    const files = name === undefined ? '' : `;
  SELECT ${FILE_LIST_COLUMNS} FROM sys.master_files f WHERE f.database_id = DB_ID(${nstr(name)}) ORDER BY f.file_id`;
    await ctx.executeSql(name === undefined ? select
      : `IF DB_ID(${nstr(name)}) IS NULL RAISERROR(15010, 16, 1, ${nstr(name)}); ELSE BEGIN ${select}${files}; END`);
  },
};
