// The owner a job gets from @owner_login_name (sp_add_job / sp_update_job): '$(SQLAgentAccount)'
// is the Agent service account (SID 0xFFFFFFFF) for a sysadmin caller.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { loginSid, type Caller } from '../shared/index';

export const AGENT_ACCOUNT_LOGIN = '$(SQLAgentAccount)';
export const AGENT_ACCOUNT_SID = '0xFFFFFFFF';

/** SUSER_SNAME() = the login name (logins compare case-insensitively) */
export function isSelf(caller: Caller, login: string): boolean {
  return caller.loginName.toLowerCase() === login.toLowerCase();
}

/** sp_add_job's rule: NULL or (a non-sysadmin naming another login) → the caller */
export async function newJobOwnerSid(ctx: ProcedureContext, caller: Caller, login: string | null): Promise<string | undefined> {
  if (login === AGENT_ACCOUNT_LOGIN && caller.isSysadmin) return AGENT_ACCOUNT_SID;
  if (login === null || (!caller.isSysadmin && !isSelf(caller, login))) return caller.sid;
  return loginSid(ctx, login);
}
