// sp_enum_proxy_for_subsystem: (subsystem, proxy) grants, optionally for one proxy and/or one
// subsystem (sysadmin only; 14262 for an unknown one).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-enum-proxy-for-subsystem-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME } from './job-support/param-types';
import { given, givenInt, optionalProxy, verifySubsystem } from './proxy-support/identifiers';
import { ilit } from './shared/index';

export const spEnumProxyForSubsystem: ProcedureDefinition = {
  name: 'sp_enum_proxy_for_subsystem',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
    { name: '@subsystem_id', type: INT, default: null },
    { name: '@subsystem_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const where: string[] = [];
    const proxy = await optionalProxy(ctx, args.value('@proxy_id'), args.value('@proxy_name'));
    if (!proxy) return 1;
    if (proxy !== 'all') where.push(`p.proxy_id = ${ilit(proxy.proxyId)}`);
    const subId = givenInt(args.value('@subsystem_id'));
    const subName = given(args.value('@subsystem_name'));
    if (subId !== undefined || subName !== undefined) {
      const s = await verifySubsystem(ctx, subId, subName);
      if (!s) return 1;
      where.push(`s.subsystem_id = ${ilit(s.subsystemId)}`);
    }
    await ctx.executeSql(`SELECT s.subsystem_id, s.subsystem AS subsystem_name, p.proxy_id, p.name AS proxy_name
FROM msdb.dbo.sysproxysubsystem AS ps
JOIN msdb.dbo.sysproxies AS p ON p.proxy_id = ps.proxy_id
JOIN msdb.dbo.syssubsystems AS s ON s.subsystem_id = ps.subsystem_id
${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}\n`}ORDER BY p.proxy_id, s.subsystem_id;`);
    return 0;
  },
};
