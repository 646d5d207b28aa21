// sp_addrolemember / sp_droprolemember and sp_addsrvrolemember / sp_dropsrvrolemember: each pair
// declares the same parameters and differs only in ALTER [SERVER] ROLE ... ADD or DROP MEMBER.
import type { ProcedureArgs, ProcedureDefinition } from '../engine/procedure-registry';
import { roleMembershipSql, serverRoleMembershipSql } from './role-membership';

type MemberAction = 'ADD' | 'DROP';

const ROLE_KINDS = {
  /** `@rolename sysname, @membername sysname` */
  database: {
    parameters: ['@rolename', '@membername'],
    sql: (action: MemberAction, args: ProcedureArgs) => roleMembershipSql(action, args.value('@rolename'), args.value('@membername')),
  },
  /** `@loginame sysname, @rolename sysname` */
  server: {
    parameters: ['@loginame', '@rolename'],
    sql: (action: MemberAction, args: ProcedureArgs) => serverRoleMembershipSql(action, args.value('@rolename'), args.value('@loginame')),
  },
} as const;

export function roleMemberProcedure(name: string, kind: keyof typeof ROLE_KINDS, action: MemberAction): ProcedureDefinition {
  const { parameters, sql } = ROLE_KINDS[kind];
  return {
    name,
    home: 'system',
    permission: 'public',
    parameters: parameters.map((p) => ({ name: p, type: { kind: 'nvarchar', length: 128 } })),
    async run(ctx, args) {
      await ctx.executeSql(sql(action, args));
    },
  };
}
