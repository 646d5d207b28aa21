// sp_revoke_proxy_from_subsystem: takes a subsystem away from a proxy (sysadmin only; 14600 when it
// was not granted). Steps already using the proxy keep it and fail at run time.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-revoke-proxy-from-subsystem-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { PROXY_SUBSYSTEM_PARAMETERS, proxyAndSubsystem } from './proxy-support/proxy-subsystem-pair';
import { execSql, ilit, queryRow, raise } from './shared/index';

export const spRevokeProxyFromSubsystem: ProcedureDefinition = {
  name: 'sp_revoke_proxy_from_subsystem',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: PROXY_SUBSYSTEM_PARAMETERS,
  async run(ctx, args) {
    const named = await proxyAndSubsystem(ctx, args);
    if (!named) return 1;
    const { proxy, sub } = named;
    const where = `subsystem_id = ${ilit(sub.subsystemId)} AND proxy_id = ${ilit(proxy.proxyId)}`;
    if (!await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxysubsystem WHERE ${where}`)) return raise(ctx, 14600, proxy.name, sub.name);
    const ok = await execSql(ctx, `DELETE FROM msdb.dbo.sysproxysubsystem WHERE ${where};`);
    return ok ? 0 : 1;
  },
};
