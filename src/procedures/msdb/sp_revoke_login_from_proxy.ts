// sp_revoke_login_from_proxy: takes a proxy away from a login, server role or msdb role (@name,
// looked up in that order; sysadmin only). A sysadmin login: 14395 (severity 10) and failure;
// 14523 when it was not granted (also for an unknown name).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-revoke-login-from-proxy-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, nvarchar } from './job-support/param-types';
import { given, givenInt, verifyProxy } from './proxy-support/identifiers';
import { isSysadminLogin, principalByName, principalCondition } from './proxy-support/principals';
import { execSql, ilit, queryRow, raise, raiseWith } from './shared/index';

export const spRevokeLoginFromProxy: ProcedureDefinition = {
  name: 'sp_revoke_login_from_proxy',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@name', type: nvarchar(256) },
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    const proxy = await verifyProxy(ctx, givenInt(args.value('@proxy_id')), given(args.value('@proxy_name')));
    if (!proxy) return 1;
    const principal = await principalByName(ctx, name);
    if (principal && await isSysadminLogin(ctx, principal)) { await raiseWith(ctx, 14395, 10, principal.name); return 1; }
    const where = principal && `proxy_id = ${ilit(proxy.proxyId)} AND ${principalCondition(principal)}`;
    if (!where || !await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxylogin WHERE ${where}`)) return raise(ctx, 14523, name, proxy.name);
    const ok = await execSql(ctx, `DELETE FROM msdb.dbo.sysproxylogin WHERE ${where};`);
    return ok ? 0 : 1;
  },
};
