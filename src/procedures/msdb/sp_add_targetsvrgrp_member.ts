// sp_add_targetsvrgrp_member @group_name, @server_name: puts a target server into a group.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { groupMemberProcedure } from './shared/target-group-member';

export const spAddTargetSvrGrpMember: ProcedureDefinition = groupMemberProcedure('sp_add_targetsvrgrp_member', async (ctx, { group, target, member }) => {
  if (member) return raise(ctx, 14263, target.server_name, group.name);
  return (await execSql(ctx, `INSERT INTO msdb.dbo.systargetservergroupmembers (servergroup_id, server_id)
VALUES (${group.servergroup_id}, ${target.server_id});`)) ? 0 : 1;
});
