// sp_add_targetsvrgrp_member @group_name, @server_name: puts a target server into a group.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { GROUP_MEMBER_PARAMETERS, groupMemberArgs } from './shared/target-group-member';

export const spAddTargetSvrGrpMember: ProcedureDefinition = {
  name: 'sp_add_targetsvrgrp_member',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: GROUP_MEMBER_PARAMETERS,
  async run(ctx, args) {
    const found = await groupMemberArgs(ctx, args);
    if (typeof found === 'number') return found;
    const { group, target } = found;
    if (found.member) return raise(ctx, 14263, target.server_name, group.name);
    return (await execSql(ctx, `INSERT INTO msdb.dbo.systargetservergroupmembers (servergroup_id, server_id)
VALUES (${group.servergroup_id}, ${target.server_id});`)) ? 0 : 1;
  },
};
