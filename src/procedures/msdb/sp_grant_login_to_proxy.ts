// sp_grant_login_to_proxy: lets a login, a server role or an msdb role use a proxy (sysadmin
// only). The proxy first, then the principal (proxy-support/principals.ts: 14519-14522); a
// sysadmin login is only told it needs no grant (14395, severity 10, success); a second grant 14531.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-grant-login-to-proxy-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, nvarchar } from './job-support/param-types';
import { given, givenInt, verifyProxy } from './proxy-support/identifiers';
import { isSysadminLogin, principalCondition, principalToGrant } from './proxy-support/principals';
import { blit, execSql, ilit, queryRow, raise, raiseWith } from './shared/index';

export const spGrantLoginToProxy: ProcedureDefinition = {
  name: 'sp_grant_login_to_proxy',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@login_name', type: nvarchar(256), default: null },
    { name: '@fixed_server_role', type: nvarchar(256), default: null },
    { name: '@msdb_role', type: nvarchar(256), default: null },
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: nvarchar(256), default: null },
  ],
  async run(ctx, args) {
    const proxy = await verifyProxy(ctx, givenInt(args.value('@proxy_id')), given(args.value('@proxy_name')));
    if (!proxy) return 1;
    const principal = await principalToGrant(ctx, {
      loginName: given(args.value('@login_name')), fixedServerRole: given(args.value('@fixed_server_role')), msdbRole: given(args.value('@msdb_role')),
    });
    if (!principal) return 1;
    if (await isSysadminLogin(ctx, principal)) { await raiseWith(ctx, 14395, 10, principal.name); return 0; }
    const id = ilit(proxy.proxyId);
    if (await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxylogin WHERE proxy_id = ${id} AND ${principalCondition(principal)}`)) return raise(ctx, 14531);
    const ok = await execSql(ctx, `INSERT INTO msdb.dbo.sysproxylogin (proxy_id, sid, principal_id, flags)
VALUES (${id}, ${principal.sid === null ? 'NULL' : blit(principal.sid)}, ${ilit(principal.principalId)}, ${ilit(principal.flags)});`);
    return ok ? 0 : 1;
  },
};
