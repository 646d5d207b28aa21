// sp_revoke_proxy_from_subsystem: takes a subsystem away from a proxy (sysadmin only; 14600 when it
// was not granted). Steps already using the proxy keep it and fail at run time.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-revoke-proxy-from-subsystem-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME } from './job-support/param-types';
import { given, givenInt, verifyProxy, verifySubsystem } from './proxy-support/identifiers';
import { execSql, ilit, queryRow, raise } from './shared/index';

export const spRevokeProxyFromSubsystem: ProcedureDefinition = {
  name: 'sp_revoke_proxy_from_subsystem',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
    { name: '@subsystem_id', type: INT, default: null },
    { name: '@subsystem_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const proxy = await verifyProxy(ctx, givenInt(args.value('@proxy_id')), given(args.value('@proxy_name')));
    if (!proxy) return 1;
    const sub = await verifySubsystem(ctx, givenInt(args.value('@subsystem_id')), given(args.value('@subsystem_name')));
    if (!sub) return 1;
    const where = `subsystem_id = ${ilit(sub.subsystemId)} AND proxy_id = ${ilit(proxy.proxyId)}`;
    if (!await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxysubsystem WHERE ${where}`)) return raise(ctx, 14600, proxy.name, sub.name);
    const ok = await execSql(ctx, `DELETE FROM msdb.dbo.sysproxysubsystem WHERE ${where};`);
    return ok ? 0 : 1;
  },
};
