// sp_delete_targetsvrgrp_member @group_name, @server_name: takes a target server out of a group.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { groupMemberProcedure } from './shared/target-group-member';

export const spDeleteTargetSvrGrpMember: ProcedureDefinition = groupMemberProcedure('sp_delete_targetsvrgrp_member', async (ctx, { group, target, member }) => {
  if (!member) return raise(ctx, 14264, target.server_name, group.name);
  return (await execSql(ctx, `DELETE FROM msdb.dbo.systargetservergroupmembers
WHERE servergroup_id = ${group.servergroup_id} AND server_id = ${target.server_id};`)) ? 0 : 1;
});
