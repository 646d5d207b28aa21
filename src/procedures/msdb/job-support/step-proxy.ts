// sp_verify_jobstep's proxy check (sp_verify_proxy_permissions in SQL Server): the proxy must be
// granted the step's subsystem, and the job's owner must be allowed to use it (a sysadmin owner
// may use any proxy; SQLAgentOperatorRole gives no such right here); 14516 (proxy id, subsystem as
// given, owner) otherwise. A disabled proxy is accepted here and refused when the
// step runs (14537), as SQL Server's agent does.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { LOGIN_MAY_USE_ROW } from '../proxy-support/principals';
import { glit, ilit, nlit, queryRow, raise, sidIsSysadmin } from '../shared/index';

export async function verifyStepProxy(ctx: ProcedureContext, jobId: string, proxyId: number, subsystem: string): Promise<boolean> {
  const owner = await queryRow(ctx, `SELECT CONVERT(nvarchar(200), owner_sid, 1) AS sid, SUSER_SNAME(owner_sid) AS name
FROM msdb.dbo.sysjobs WHERE job_id = ${glit(jobId)}`);
  const ownerSid = String(owner?.sid ?? '0x');
  // the agent's own account (0xFFFFFFFF) is checked as sysadmin, and named as the caller, as SQL Server does
  const ownerName = ownerSid.toUpperCase() === '0XFFFFFFFF' || owner?.name === null || owner?.name === undefined ? ctx.loginName : String(owner.name);
  const granted = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysproxysubsystem AS ps
JOIN msdb.dbo.syssubsystems AS s ON s.subsystem_id = ps.subsystem_id
WHERE ps.proxy_id = ${ilit(proxyId)} AND s.subsystem = ${nlit(subsystem)}`);
  let allowed = granted !== undefined;
  if (allowed && !await sidIsSysadmin(ctx, ownerSid)) {
    const r = await queryRow(ctx, `SELECT CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysproxylogin AS pl
  WHERE pl.proxy_id = ${ilit(proxyId)} AND ${LOGIN_MAY_USE_ROW}) THEN 1 ELSE 0 END AS ok`, `DECLARE @sid varbinary(85) = ${ownerSid};`);
    allowed = r?.ok === 1;
  }
  if (allowed) return true;
  await raise(ctx, 14516, proxyId, subsystem, ownerName);
  return false;
}
