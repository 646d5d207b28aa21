// sp_dropsrvrolemember @loginame, @rolename: ALTER SERVER ROLE ... DROP MEMBER.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-dropsrvrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { serverRoleMembershipSql } from './role-membership';

export const spDropSrvRoleMember: ProcedureDefinition = {
  name: 'sp_dropsrvrolemember',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@loginame', type: { kind: 'nvarchar', length: 128 } },
    { name: '@rolename', type: { kind: 'nvarchar', length: 128 } },
  ],
  async run(ctx, args) {
    await ctx.executeSql(serverRoleMembershipSql('DROP', args.value('@rolename'), args.value('@loginame')));
  },
};
