// sp_helpdb [[@dbname =] 'name']: one row per database (name, db_size, owner, dbid, created,
// status, compatibility_level); 15010 for an unknown name. The per-file result set is not sent.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpdb-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

export const spHelpDb: ProcedureDefinition = {
  name: 'sp_helpdb',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@dbname', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const name = text(args.value('@dbname'));
    const where = name === undefined ? '' : `WHERE name = ${nstr(name)}`;
    const select = `SELECT CAST(name AS nvarchar(128)) AS name, CAST(NULL AS nvarchar(13)) AS db_size,
    CAST(SUSER_SNAME(owner_sid) AS nvarchar(128)) AS owner, CAST(database_id AS smallint) AS dbid,
    CAST(CONVERT(nvarchar(11), create_date) AS nvarchar(11)) AS created,
    CAST(N'Status=ONLINE, Updateability=READ_WRITE, UserAccess=MULTI_USER, Recovery=' + recovery_model_desc
      + N', Version=957, Collation=' + collation_name + N', SQLSortOrder=52, IsAutoCreateStatistics, IsAutoUpdateStatistics'
      AS nvarchar(600)) AS status,
    CAST(compatibility_level AS tinyint) AS compatibility_level
  FROM sys.databases ${where} ORDER BY name`;
    await ctx.executeSql(name === undefined ? select
      : `IF DB_ID(${nstr(name)}) IS NULL RAISERROR(15010, 16, 1, ${nstr(name)}); ELSE ${select}`);
  },
};
