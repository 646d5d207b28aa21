// sp_helprole [[@rolename =] 'role']: the roles of the current database (public and the fixed
// roles included, as sysusers lists them), or one; 15409 when the name is not a role.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helprole-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

export const spHelpRole: ProcedureDefinition = {
  name: 'sp_helprole',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@rolename', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const role = text(args.value('@rolename'));
    const roles = `FROM sys.database_principals WHERE type IN ('R', 'A')${role === undefined ? '' : ` AND name = ${nstr(role)}`}`;
    if (role !== undefined) {
      const [found] = await ctx.querySql(`SELECT COUNT(*) ${roles}`);
      if (Number(found?.rows[0]?.[0] ?? 0) === 0) return raiseAndFail(ctx, 15409, role);
    }
    await ctx.executeSql(`SELECT CAST(name AS sysname) AS RoleName, CAST(principal_id AS smallint) AS RoleId,
    CASE WHEN type = 'A' THEN 1 ELSE 0 END AS IsAppRole
  ${roles} ORDER BY principal_id`);
    return 0;
  },
};
