// The msdb Agent roles a caller holds, and SQL Server's EXECUTE grants on the Agent procedures
// (SQLAgentUserRole for the procedures every Agent user may run; sysadmin only for the rest).
// A caller without the grant gets 229 on the procedure, as for any object without permission.
// (Not shared/caller.ts's callerOf: it asks PROGRAM_NAME(), which the engine lacks so far.)
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlError } from '../../../errors/catalog';
import { queryRow } from '../shared/agent-sql';

export interface AgentRoles {
  readonly isSysadmin: boolean;
  /** SUSER_SID() as '0x...' */
  readonly sid: string;
  readonly user: boolean;
  readonly reader: boolean;
  readonly operator: boolean;
}

export async function agentRoles(ctx: ProcedureContext): Promise<AgentRoles> {
  const r = await queryRow(ctx, `SELECT CONVERT(nvarchar(200), SUSER_SID(), 1) AS sid,
  ISNULL(IS_MEMBER(N'SQLAgentUserRole'), 0) AS u, ISNULL(IS_MEMBER(N'SQLAgentReaderRole'), 0) AS r,
  ISNULL(IS_MEMBER(N'SQLAgentOperatorRole'), 0) AS o`);
  const sys = ctx.isSysadmin;
  return {
    isSysadmin: sys,
    sid: String(r?.sid ?? '0x'),
    user: sys || r?.u === 1 || r?.r === 1 || r?.o === 1,
    reader: sys || r?.r === 1 || r?.o === 1,
    operator: sys || r?.o === 1,
  };
}

/** 229 unless the caller is sysadmin or in SQLAgentUserRole (or a role nested in it). */
export async function requireAgentUser(ctx: ProcedureContext, procedure: string): Promise<AgentRoles> {
  const roles = await agentRoles(ctx);
  if (!roles.user) throw sqlError(229, 'EXECUTE', procedure, 'msdb', 'dbo');
  return roles;
}
