// sp_helpsrvrolemember [[@srvrolename =] 'role']: the members of the fixed server roles (or of
// one), ordered by role and member; 15412 when the name is not a fixed server role. public's
// implicit membership is not listed.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-helpsrvrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { raiseAndFail } from './security-report';

export const spHelpSrvRoleMember: ProcedureDefinition = {
  name: 'sp_helpsrvrolemember',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@srvrolename', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const role = text(args.value('@srvrolename'));
    if (role !== undefined) {
      const [found] = await ctx.querySql(`SELECT COUNT(*) FROM sys.server_principals
  WHERE type = 'R' AND is_fixed_role = 1 AND name <> N'public' AND name = ${nstr(role)}`);
      if (Number(found?.rows[0]?.[0] ?? 0) === 0) return raiseAndFail(ctx, 15412, role);
    }
    await ctx.executeSql(`SELECT CAST(r.name AS sysname) AS ServerRole, CAST(l.name AS sysname) AS MemberName,
    CAST(l.sid AS varbinary(85)) AS MemberSID
  FROM sys.server_role_members m
  JOIN sys.server_principals r ON r.principal_id = m.role_principal_id
  JOIN sys.server_principals l ON l.principal_id = m.member_principal_id
  WHERE r.is_fixed_role = 1 ${role === undefined ? '' : `AND r.name = ${nstr(role)}`}
  ORDER BY ServerRole, MemberName`);
    return 0;
  },
};
