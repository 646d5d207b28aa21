// sp_addsrvrolemember @loginame, @rolename: ALTER SERVER ROLE ... ADD MEMBER (15402 when the role
// is not a fixed server role, 15007 unknown login).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addsrvrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { serverRoleMembershipSql } from './role-membership';

export const spAddSrvRoleMember: ProcedureDefinition = {
  name: 'sp_addsrvrolemember',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@loginame', type: { kind: 'nvarchar', length: 128 } },
    { name: '@rolename', type: { kind: 'nvarchar', length: 128 } },
  ],
  async run(ctx, args) {
    await ctx.executeSql(serverRoleMembershipSql('ADD', args.value('@rolename'), args.value('@loginame')));
  },
};
