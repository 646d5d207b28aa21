// Lookups shared by the target server group procedures.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRow } from '../shared/agent-sql';
import { nlit } from '../shared/sql-text';

export interface GroupRow {
  readonly servergroup_id: number;
  readonly name: string;
}

export async function findGroup(ctx: ProcedureContext, name: string): Promise<GroupRow | undefined> {
  return await queryRow(ctx, `SELECT servergroup_id, name FROM msdb.dbo.systargetservergroups WHERE name = ${nlit(name)}`) as GroupRow | undefined;
}

export async function isMember(ctx: ProcedureContext, groupId: number, serverId: number): Promise<boolean> {
  return (await queryRow(ctx, `SELECT 1 AS found FROM msdb.dbo.systargetservergroupmembers
    WHERE servergroup_id = ${groupId} AND server_id = ${serverId}`)) !== undefined;
}
