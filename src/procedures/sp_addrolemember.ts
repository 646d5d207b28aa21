// sp_addrolemember @rolename, @membername: ALTER ROLE ... ADD MEMBER, with the procedure's own
// messages (15014 unknown role, 15410 unknown member).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addrolemember-transact-sql
import type { ProcedureDefinition } from '../engine/procedure-registry';
import { roleMembershipSql } from './role-membership';

export const spAddRoleMember: ProcedureDefinition = {
  name: 'sp_addrolemember',
  home: 'system',
  permission: 'public',
  parameters: [
    { name: '@rolename', type: { kind: 'nvarchar', length: 128 } },
    { name: '@membername', type: { kind: 'nvarchar', length: 128 } },
  ],
  async run(ctx, args) {
    await ctx.executeSql(roleMembershipSql('ADD', args.value('@rolename'), args.value('@membername')));
  },
};
