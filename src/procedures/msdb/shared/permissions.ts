// The owner-or-sysadmin rules the job procedures share.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlErrorWithState } from '../../../errors/catalog';
import { raise, raiseWith } from './agent-sql';
import type { Caller } from './caller';
import type { JobRow } from './job-identifiers';

/** the caller owns the job (same SID) */
export function ownsJob(caller: Caller, job: JobRow): boolean {
  return caller.sid.toUpperCase() === job.ownerSid.toUpperCase();
}

/**
 * sp_update_job / sp_delete_job and the step procedures: only the owner or a sysadmin may change
 * a job (14525). Resolves false after raising.
 */
export async function requireOwnerOrSysadmin(ctx: ProcedureContext, caller: Caller, job: JobRow): Promise<boolean> {
  if (caller.isSysadmin || ownsJob(caller, job)) return true;
  await raise(ctx, 14525);
  return false;
}

/** jobs downloaded from an MSX may only be changed by the agent (14274) */
export async function requireNotFromMsx(ctx: ProcedureContext, caller: Caller, job: JobRow): Promise<boolean> {
  if (!job.masterServer || caller.isAgent) return true;
  await raise(ctx, 14274);
  return false;
}

/**
 * SQL Server grants EXECUTE on the job procedures to SQLAgentUserRole only: anyone else (not
 * sysadmin) gets 229 on the procedure, as for any object without permission.
 */
export function requireAgentUser(caller: Caller, procedure: string): void {
  if (!caller.inUserRole) throw sqlErrorWithState(229, 5, 'EXECUTE', procedure, 'msdb', 'dbo');
}

/** 15003 ('sysadmin') as the operator procedures raise it, resolving false after raising */
export async function requireSysadmin(ctx: ProcedureContext): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  await raiseWith(ctx, 15003, 16, 'sysadmin');
  return false;
}
