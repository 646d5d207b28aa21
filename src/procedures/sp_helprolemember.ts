// sp_helprolemember [[@rolename =] 'role']: the direct members of the current database's roles
// (or of one), ordered by role and member; 15409 when the name is not a role. public's implicit
// membership is not listed (SQL Server keeps no row for it either).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helprolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

export const spHelpRoleMember: ProcedureDefinition = {
  name: 'sp_helprolemember',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@rolename', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const role = text(args.value('@rolename'));
    if (role !== undefined) {
      const [found] = await ctx.querySql(`SELECT COUNT(*) FROM sys.database_principals WHERE type = 'R' AND name = ${nstr(role)}`);
      if (Number(found?.rows[0]?.[0] ?? 0) === 0) return raiseAndFail(ctx, 15409, role);
    }
    await ctx.executeSql(`SELECT CAST(g.name AS sysname) AS DbRole, CAST(u.name AS sysname) AS MemberName,
    CAST(u.sid AS varbinary(85)) AS MemberSID
  FROM sys.database_role_members m
  JOIN sys.database_principals g ON g.principal_id = m.role_principal_id
  JOIN sys.database_principals u ON u.principal_id = m.member_principal_id
  ${role === undefined ? '' : `WHERE g.name = ${nstr(role)}`}
  ORDER BY DbRole, MemberName`);
    return 0;
  },
};
