// The arguments sp_grant_proxy_to_subsystem and sp_revoke_proxy_from_subsystem share: a proxy and
// a subsystem, each by id or by name, checked in that order as SQL Server's bodies check them.
import type { ProcedureArgs, ProcedureContext, ProcedureParameter } from '../../../engine/procedure-registry';
import { INT, SYSNAME } from '../job-support/param-types';
import { given, givenInt, verifyProxy, verifySubsystem, type ProxyRow, type SubsystemRow } from './identifiers';

export const PROXY_SUBSYSTEM_PARAMETERS: readonly ProcedureParameter[] = [
  { name: '@proxy_id', type: INT, default: null },
  { name: '@proxy_name', type: SYSNAME, default: null },
  { name: '@subsystem_id', type: INT, default: null },
  { name: '@subsystem_name', type: SYSNAME, default: null },
];

/** the proxy and the subsystem named, or undefined after raising (14524 / 14262) */
export async function proxyAndSubsystem(ctx: ProcedureContext, args: ProcedureArgs): Promise<{ proxy: ProxyRow; sub: SubsystemRow } | undefined> {
  const proxy = await verifyProxy(ctx, givenInt(args.value('@proxy_id')), given(args.value('@proxy_name')));
  if (!proxy) return undefined;
  const sub = await verifySubsystem(ctx, givenInt(args.value('@subsystem_id')), given(args.value('@subsystem_name')));
  return sub && { proxy, sub };
}
