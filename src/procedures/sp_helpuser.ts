// sp_helpuser [[@name_in_db =] 'user']: the users of the current database with each role they
// belong to ('public' when none), their login, default database and schema. 15008 for an unknown
// user. (A role name as argument, which SQL Server answers with the role's members, is not done.)
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpuser-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';

export const spHelpUser: ProcedureDefinition = {
  name: 'sp_helpuser',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@name_in_db', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const name = text(args.value('@name_in_db'));
    const filter = name === undefined ? '' : `AND u.name = ${nstr(name)}`;
    const select = `SELECT CAST(u.name AS sysname) AS UserName, CAST(coalesce(r.name, N'public') AS sysname) AS RoleName,
    CAST(l.name AS sysname) AS LoginName, CAST(l.default_database_name AS sysname) AS DefDBName,
    CAST(u.default_schema_name AS sysname) AS DefSchemaName, CAST(u.principal_id AS smallint) AS UserID,
    CAST(u.sid AS varbinary(85)) AS SID
  FROM sys.database_principals u
  LEFT JOIN sys.database_role_members m ON m.member_principal_id = u.principal_id
  LEFT JOIN sys.database_principals r ON r.principal_id = m.role_principal_id
  LEFT JOIN sys.server_principals l ON l.sid = u.sid
  WHERE u.type IN ('S', 'U', 'G') ${filter}
  ORDER BY UserName, RoleName`;
    await ctx.executeSql(name === undefined ? select
      : `IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = ${nstr(name)} AND type IN ('S', 'U', 'G'))
  RAISERROR(15008, 16, 1, ${nstr(name)});
ELSE ${select}`);
  },
};
