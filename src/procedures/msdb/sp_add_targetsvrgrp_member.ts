// sp_add_targetsvrgrp_member @group_name, @server_name: puts a target server into a group.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { trimmed } from './shared/sql-text';
import { findTarget, serverName } from './msx/msx-sql';
import { SYSNAME } from './msx/param-types';
import { findGroup, isMember } from './msx/target-groups';

export const spAddTargetSvrGrpMember: ProcedureDefinition = {
  name: 'sp_add_targetsvrgrp_member',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@group_name', type: SYSNAME }, { name: '@server_name', type: SYSNAME }],
  async run(ctx, args) {
    const groupName = trimmed(args.value('@group_name')) ?? '';
    const server = serverName(args.value('@server_name')) ?? '';
    const group = await findGroup(ctx, groupName);
    if (!group) return raise(ctx, 14262, '@group_name', groupName);
    const target = await findTarget(ctx, server);
    if (!target) return raise(ctx, 14262, '@server_name', server);
    if (await isMember(ctx, group.servergroup_id, target.server_id)) return raise(ctx, 14263, target.server_name, group.name);
    return (await execSql(ctx, `INSERT INTO msdb.dbo.systargetservergroupmembers (servergroup_id, server_id)
VALUES (${group.servergroup_id}, ${target.server_id});`)) ? 0 : 1;
  },
};
