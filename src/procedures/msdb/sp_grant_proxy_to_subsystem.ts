// sp_grant_proxy_to_subsystem: lets a proxy run steps of a subsystem (sysadmin only). The TSQL
// subsystem never runs under a proxy (14530); a second grant is 14531.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-grant-proxy-to-subsystem-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { PROXY_SUBSYSTEM_PARAMETERS, proxyAndSubsystem } from './proxy-support/proxy-subsystem-pair';
import { execSql, ilit, queryRow, raise } from './shared/index';

/** syssubsystems' id of TSQL (sql/0002) */
export const TSQL_SUBSYSTEM_ID = 1;

export const spGrantProxyToSubsystem: ProcedureDefinition = {
  name: 'sp_grant_proxy_to_subsystem',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: PROXY_SUBSYSTEM_PARAMETERS,
  async run(ctx, args) {
    const named = await proxyAndSubsystem(ctx, args);
    if (!named) return 1;
    const { proxy, sub } = named;
    if (sub.subsystemId === TSQL_SUBSYSTEM_ID) return raise(ctx, 14530);
    const where = `subsystem_id = ${ilit(sub.subsystemId)} AND proxy_id = ${ilit(proxy.proxyId)}`;
    if (await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxysubsystem WHERE ${where}`)) return raise(ctx, 14531);
    const ok = await execSql(ctx, `INSERT INTO msdb.dbo.sysproxysubsystem (subsystem_id, proxy_id) VALUES (${ilit(sub.subsystemId)}, ${ilit(proxy.proxyId)});`);
    return ok ? 0 : 1;
  },
};
