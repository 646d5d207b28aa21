// Who is calling an Agent procedure: sysadmin, the msdb Agent roles, the login's SID, and whether
// the connection is SQL Server Agent itself (SQL Server's procedures test PROGRAM_NAME() LIKE
// 'SQLAgent%' to let the agent write jobs downloaded from an MSX; PROGRAM_NAME() is APP_NAME()).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow } from './agent-sql';

export interface Caller {
  readonly loginName: string;
  readonly isSysadmin: boolean;
  /** SUSER_SID() as '0x...' */
  readonly sid: string;
  /** IS_MEMBER in msdb; nested roles count (OperatorRole ⊂ ReaderRole ⊂ UserRole) */
  readonly inUserRole: boolean;
  readonly inReaderRole: boolean;
  readonly inOperatorRole: boolean;
  readonly isAgent: boolean;
}

export async function callerOf(ctx: ProcedureContext): Promise<Caller> {
  const r = await queryRow(ctx, `SELECT CONVERT(nvarchar(200), SUSER_SID(), 1) AS sid,
  ISNULL(IS_MEMBER(N'SQLAgentUserRole'), 0) AS u, ISNULL(IS_MEMBER(N'SQLAgentReaderRole'), 0) AS r,
  ISNULL(IS_MEMBER(N'SQLAgentOperatorRole'), 0) AS o,
  CASE WHEN APP_NAME() LIKE N'SQLAgent%' THEN 1 ELSE 0 END AS agent`);
  const sys = ctx.isSysadmin;
  return {
    loginName: ctx.loginName,
    isSysadmin: sys,
    sid: String(r?.sid ?? '0x'),
    // the roles nest (OperatorRole ⊂ ReaderRole ⊂ UserRole); IS_MEMBER is asked for each
    inUserRole: sys || r?.u === 1 || r?.r === 1 || r?.o === 1,
    inReaderRole: sys || r?.r === 1 || r?.o === 1,
    inOperatorRole: sys || r?.o === 1,
    isAgent: r?.agent === 1,
  };
}

/** '0x...' of a login's SID, undefined for an unknown login */
export async function loginSid(ctx: ProcedureContext, loginName: string): Promise<string | undefined> {
  const r = await queryRow(ctx, `SELECT CONVERT(nvarchar(200), SUSER_SID(@n), 1) AS sid`, `DECLARE @n sysname = ${lit(loginName)};`);
  return r?.sid === null || r?.sid === undefined ? undefined : String(r.sid);
}

/** whether the login of `sid` ('0x...') is a sysadmin; the Agent account (0xFFFFFFFF) is */
export async function sidIsSysadmin(ctx: ProcedureContext, sid: string): Promise<boolean> {
  if (sid.toUpperCase() === '0XFFFFFFFF') return true;
  const r = await queryRow(ctx, `SELECT ISNULL(IS_SRVROLEMEMBER(N'sysadmin', SUSER_SNAME(${sid})), 0) AS s`);
  return r?.s === 1;
}

function lit(s: string): string {
  return `N'${s.replace(/'/g, "''")}'`;
}
