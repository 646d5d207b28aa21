// sp_droprolemember @rolename, @membername: ALTER ROLE ... DROP MEMBER.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-droprolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { roleMembershipSql } from './role-membership';

export const spDropRoleMember: ProcedureDefinition = {
  name: 'sp_droprolemember',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@rolename', type: { kind: 'nvarchar', length: 128 } },
    { name: '@membername', type: { kind: 'nvarchar', length: 128 } },
  ],
  async run(ctx, args) {
    await ctx.executeSql(roleMembershipSql('DROP', args.value('@rolename'), args.value('@membername')));
  },
};
