// sp_enum_login_for_proxy: (proxy, principal) grants with the columns of SQL Server's body:
// proxy_id, proxy_name, flags (0 login, 1 server role, 2 msdb role), name, sid, principal_id;
// optionally for one proxy (14262 / 14524) and/or one principal (a login or server role by SID,
// else an msdb role; 14520 when @name is none of them). sysadmin only.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-enum-login-for-proxy-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, nvarchar } from './job-support/param-types';
import { given, optionalProxy } from './proxy-support/identifiers';
import { PROXY_LOGIN_FLAGS, principalByName } from './proxy-support/principals';
import { blit, ilit, raise } from './shared/index';

export const spEnumLoginForProxy: ProcedureDefinition = {
  name: 'sp_enum_login_for_proxy',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@name', type: nvarchar(256), default: null },
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const where: string[] = [];
    const proxy = await optionalProxy(ctx, args.value('@proxy_id'), args.value('@proxy_name'));
    if (!proxy) return 1;
    if (proxy !== 'all') where.push(`pl.proxy_id = ${ilit(proxy.proxyId)}`);
    const name = given(args.value('@name'));
    if (name !== undefined) {
      const principal = await principalByName(ctx, name);
      if (!principal) return raise(ctx, 14520, name);
      // logins and server roles by SID (whatever the row's flags), msdb roles by principal id
      where.push(principal.flags === PROXY_LOGIN_FLAGS.MSDB_ROLE
        ? `pl.flags = ${PROXY_LOGIN_FLAGS.MSDB_ROLE} AND pl.principal_id = ${ilit(principal.principalId)}`
        : `pl.sid = ${blit(principal.sid!)}`);
    }
    await ctx.executeSql(`SELECT pl.proxy_id, p.name AS proxy_name, pl.flags,
  CONVERT(sysname, CASE WHEN pl.flags = 2 THEN r.name ELSE sp.name END) AS name, pl.sid,
  CASE WHEN pl.flags = 2 THEN pl.principal_id END AS principal_id
FROM msdb.dbo.sysproxylogin AS pl
JOIN msdb.dbo.sysproxies AS p ON p.proxy_id = pl.proxy_id
LEFT JOIN master.sys.server_principals AS sp ON pl.flags IN (0, 1) AND sp.sid = pl.sid
LEFT JOIN msdb.sys.database_principals AS r ON pl.flags = 2 AND r.principal_id = pl.principal_id
${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}\n`}ORDER BY pl.proxy_id, pl.flags;`);
    return 0;
  },
};
