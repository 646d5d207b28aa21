// sp_srvrolepermission [[@srvrolename =] 'role'] and sp_dbfixedrolepermission [[@rolename =] 'role']:
// the permission rows of the fixed roles (fixed-role-permissions.ts), sysadmin's including every
// other fixed server role's ("The sysadmin fixed server role has the permissions of all the other
// fixed server roles"), without duplicates, ordered by role and permission under the server
// collation (the ordering is left to the engine so it compares as ORDER BY does). 15412 for a
// name that is not such a role.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-srvrolepermission-transact-sql
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-dbfixedrolepermission-transact-sql
import type { ProcedureContext, ProcedureDefinition } from '../engine/procedure-registry';
import { nstr, text } from './catalog-sql';
import { DATABASE_ROLE_PERMISSIONS, SERVER_ROLE_PERMISSIONS } from './fixed-role-permissions';
import { raiseAndFail } from './security-report';

function roleKey(table: Readonly<Record<string, readonly string[]>>, wanted: string): string | undefined {
  return Object.keys(table).find((k) => k.toLowerCase() === wanted.toLowerCase());
}

async function sendPairs(ctx: ProcedureContext, pairs: readonly (readonly [string, string])[], roleColumn: string, permissionType: string): Promise<void> {
  const values = pairs.map(([r, p]) => `(${nstr(r)}, ${nstr(p)})`).join(',\n  ');
  await ctx.executeSql(`SELECT DISTINCT CAST(v.r AS sysname) AS ${roleColumn}, CAST(v.p AS ${permissionType}) AS Permission
  FROM (VALUES ${values}) v(r, p)
  ORDER BY ${roleColumn}, Permission`);
}

export const spSrvRolePermission: ProcedureDefinition = {
  name: 'sp_srvrolepermission',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@srvrolename', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const wanted = text(args.value('@srvrolename'));
    const key = wanted === undefined ? undefined : roleKey(SERVER_ROLE_PERMISSIONS, wanted);
    if (wanted !== undefined && key === undefined) return raiseAndFail(ctx, 15412, wanted);
    const everything = Object.values(SERVER_ROLE_PERMISSIONS).flat();
    const pairs = Object.entries(SERVER_ROLE_PERMISSIONS).filter(([role]) => key === undefined || role === key)
      .flatMap(([role, own]) => (role === 'sysadmin' ? everything : own).map((p) => [role, p] as const));
    await sendPairs(ctx, pairs, 'ServerRole', 'sysname');
    return 0;
  },
};

export const spDbFixedRolePermission: ProcedureDefinition = {
  name: 'sp_dbfixedrolepermission',
  home: 'system',
  permission: 'public',
  parameters: [{ name: '@rolename', type: { kind: 'nvarchar', length: 128 }, default: null }],
  async run(ctx, args) {
    const wanted = text(args.value('@rolename'));
    const key = wanted === undefined ? undefined : roleKey(DATABASE_ROLE_PERMISSIONS, wanted);
    if (wanted !== undefined && key === undefined) return raiseAndFail(ctx, 15412, wanted);
    const pairs = Object.entries(DATABASE_ROLE_PERMISSIONS).filter(([role]) => key === undefined || role === key)
      .flatMap(([role, own]) => own.map((p) => [role, p] as const));
    await sendPairs(ctx, pairs, 'DbFixedRole', 'nvarchar(70)');
    return 0;
  },
};
