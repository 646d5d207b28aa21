// sp_help_proxy: proxies, in the order of SQL Server's body: the proxy (14262 / 14524), the
// subsystem (14262), then @subsystem_name and @name together or neither (14532). With @name, the
// proxies that login may use for that subsystem (any but TSQL when none is named): all those
// granted the subsystem for a sysadmin login or an SQLAgentOperatorRole member, else those also
// granted to the login, a server role it is in or an msdb role its user is in. Callers neither
// sysadmin nor in SQLAgentOperatorRole always get @name = their own login and the short form
// (credential_identity, user_sid, credential_identity_exists NULL). credential_identity_exists is
// whether the proxy's credential still exists. EXECUTE is for the Agent roles (229 otherwise).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-proxy-transact-sql
import type { ProcedureContext, ProcedureDefinition } from '../../engine/procedure-registry';
import { INT, SYSNAME, nvarchar } from './job-support/param-types';
import { given, optionalProxy, verifySubsystem } from './proxy-support/identifiers';
import { LOGIN_MAY_USE_ROW } from './proxy-support/principals';
import { TSQL_SUBSYSTEM_ID } from './sp_grant_proxy_to_subsystem';
import { callerOf, ilit, loginSid, queryRow, raise, requireAgentUser, sidIsSysadmin } from './shared/index';

/** whether the login's msdb user is in SQLAgentOperatorRole (sp_sqlagent_is_srvrolemember's answer) */
async function inOperatorRole(ctx: ProcedureContext, sid: string): Promise<boolean> {
  const r = await queryRow(ctx, `SELECT CASE WHEN EXISTS (SELECT 1 FROM msdb.sys.database_role_members AS dm
  JOIN msdb.sys.database_principals AS r ON r.principal_id = dm.role_principal_id
  JOIN msdb.sys.database_principals AS u ON u.principal_id = dm.member_principal_id
  WHERE r.name = N'SQLAgentOperatorRole' AND u.sid = ${sid}) THEN 1 ELSE 0 END AS m`);
  return r?.m === 1;
}

/** the WHERE condition for the proxies @name may use, and the declaration it needs */
async function usableBy(ctx: ProcedureContext, name: string, subsystemId: number | undefined): Promise<{ where: string; prelude: string }> {
  const granted = `ps.proxy_id = p.proxy_id AND ps.subsystem_id <> ${TSQL_SUBSYSTEM_ID}${subsystemId === undefined ? '' : ` AND ps.subsystem_id = ${ilit(subsystemId)}`}`;
  const sid = await loginSid(ctx, name);
  if (sid === undefined) return { where: '1 = 0', prelude: '' };
  if (await sidIsSysadmin(ctx, sid) || await inOperatorRole(ctx, sid)) {
    return { where: `EXISTS (SELECT 1 FROM msdb.dbo.sysproxysubsystem AS ps WHERE ${granted})`, prelude: '' };
  }
  return {
    where: `EXISTS (SELECT 1 FROM msdb.dbo.sysproxysubsystem AS ps WHERE ${granted})
  AND EXISTS (SELECT 1 FROM msdb.dbo.sysproxylogin AS pl WHERE pl.proxy_id = p.proxy_id AND ${LOGIN_MAY_USE_ROW})`,
    prelude: `DECLARE @sid varbinary(85) = ${sid};\n`,
  };
}

export const spHelpProxy: ProcedureDefinition = {
  name: 'sp_help_proxy',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@proxy_id', type: INT, default: null },
    { name: '@proxy_name', type: SYSNAME, default: null },
    { name: '@subsystem_name', type: SYSNAME, default: null },
    { name: '@name', type: nvarchar(256), default: null },
  ],
  async run(ctx, args) {
    const caller = await callerOf(ctx);
    requireAgentUser(caller, 'sp_help_proxy');
    const where: string[] = [];
    const proxy = await optionalProxy(ctx, args.value('@proxy_id'), args.value('@proxy_name'));
    if (!proxy) return 1;
    if (proxy !== 'all') where.push(`p.proxy_id = ${ilit(proxy.proxyId)}`);
    const subsystemName = given(args.value('@subsystem_name'));
    let subsystemId: number | undefined;
    if (subsystemName !== undefined) {
      const sub = await verifySubsystem(ctx, undefined, subsystemName);
      if (!sub) return 1;
      subsystemId = sub.subsystemId;
    }
    let name = given(args.value('@name'));
    if ((subsystemName === undefined) !== (name === undefined)) return raise(ctx, 14532, '@subsystem_name', '@name');
    const full = caller.isSysadmin || caller.inOperatorRole;
    if (!full) name = ctx.loginName;
    let prelude = '';
    if (name !== undefined) {
      const u = await usableBy(ctx, name, subsystemId);
      where.push(u.where);
      prelude = u.prelude;
    }
    const cols = full
      ? `p.proxy_id, p.name, c.credential_identity, p.enabled, p.description, p.user_sid, p.credential_id,
  CASE WHEN c.credential_id IS NULL THEN 0 ELSE 1 END AS credential_identity_exists`
      : `p.proxy_id, p.name, CONVERT(int, NULL) AS credential_identity, p.enabled, p.description, CONVERT(int, NULL) AS user_sid,
  p.credential_id, CONVERT(int, NULL) AS credential_identity_exists`;
    await ctx.executeSql(`${prelude}SELECT ${cols}
FROM msdb.dbo.sysproxies AS p
LEFT JOIN master.sys.credentials AS c ON c.credential_id = p.credential_id
${where.length === 0 ? '' : `WHERE ${where.join('\n  AND ')}\n`}ORDER BY p.proxy_id;`);
    return 0;
  },
};
