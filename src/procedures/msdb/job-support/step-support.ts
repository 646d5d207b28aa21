// Shared by the step procedures: the job a step procedure acts on (identifiers, 14274 for a job
// downloaded from an MSX unless the agent, 14525 unless owner or sysadmin) and the proxy lookup.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import type { ProcedureArgs } from '../../../engine/procedure-registry';
import {
  ilit, nlit, ownsJob, queryRow, raise, requireNotFromMsx, verifyJobIdentifiers, type Caller, type JobRow,
} from '../shared/index';

function text(args: ProcedureArgs, name: string): string | null {
  const v = args.value(name);
  return v === null ? null : String(v);
}

/** the job named by @job_id / @job_name that the caller may change, or undefined after raising */
export async function jobToChange(ctx: ProcedureContext, args: ProcedureArgs, caller: Caller, msxFirst = true): Promise<JobRow | undefined> {
  const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: text(args, '@job_name'), jobId: text(args, '@job_id') });
  if (!job) return undefined;
  const owner = async (): Promise<boolean> => {
    if (caller.isSysadmin || ownsJob(caller, job)) return true;
    await raise(ctx, 14525);
    return false;
  };
  if (msxFirst) return (await requireNotFromMsx(ctx, caller, job)) && (await owner()) ? job : undefined;
  return (await owner()) && (await requireNotFromMsx(ctx, caller, job)) ? job : undefined;
}

/** sp_verify_proxy_identifiers: a proxy by id or name (14524 for both, 14262 for an unknown one) */
export async function proxyId(ctx: ProcedureContext, id: number | undefined, name: string | undefined): Promise<number | null | undefined> {
  if (id === undefined && name === undefined) return null;
  if (id !== undefined && name !== undefined) { await raise(ctx, 14524, '@proxy_id', '@proxy_name'); return undefined; }
  const where = id !== undefined ? `proxy_id = ${ilit(id)}` : `name = ${nlit(name)}`;
  const r = await queryRow(ctx, `SELECT proxy_id FROM msdb.dbo.sysproxies WHERE ${where}`);
  if (r) return Number(r.proxy_id);
  await raise(ctx, 14262, id !== undefined ? '@proxy_id' : '@proxy_name', id !== undefined ? String(id) : name!);
  return undefined;
}
