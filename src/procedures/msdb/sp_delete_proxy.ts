// sp_delete_proxy: a proxy no job step uses (14518 otherwise), with its subsystem and login grants
// (sysadmin only). https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-proxy-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME } from './job-support/param-types';
import { given, givenInt, verifyProxy } from './proxy-support/identifiers';
import { execSql, ilit, queryRow, raise } from './shared/index';

export const spDeleteProxy: ProcedureDefinition = {
  name: 'sp_delete_proxy',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const proxy = await verifyProxy(ctx, givenInt(args.value('@proxy_id')), given(args.value('@proxy_name')));
    if (!proxy) return 1;
    const id = ilit(proxy.proxyId);
    const used = await queryRow(ctx, `SELECT TOP (1) 1 AS x FROM msdb.dbo.sysjobsteps WHERE proxy_id = ${id}`);
    if (used) return raise(ctx, 14518, proxy.proxyId);
    const ok = await execSql(ctx, [
      `DELETE FROM msdb.dbo.sysproxylogin WHERE proxy_id = ${id};`,
      `DELETE FROM msdb.dbo.sysproxysubsystem WHERE proxy_id = ${id};`,
      `DELETE FROM msdb.dbo.sysproxies WHERE proxy_id = ${id};`,
    ], true);
    return ok ? 0 : 1;
  },
};
