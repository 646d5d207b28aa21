// What sp_add_targetsvrgrp_member and sp_delete_targetsvrgrp_member share: their parameters
// (@group_name sysname, @server_name sysname) and the lookup of both (14262 for either unknown).
// The membership itself is the caller's: whether one is required or forbidden differs.
import type { ProcedureArgs, ProcedureContext, ProcedureDefinition, ProcedureParameter } from '../../../engine/procedure-registry';
import { findTarget, serverName, type TargetServerRow } from '../msx/msx-sql';
import { SYSNAME } from '../msx/param-types';
import { findGroup, isMember, type GroupRow } from '../msx/target-groups';
import { raise } from './agent-sql';
import { trimmed } from './sql-text';

const GROUP_MEMBER_PARAMETERS: readonly ProcedureParameter[] = [
  { name: '@group_name', type: SYSNAME }, { name: '@server_name', type: SYSNAME },
];

export interface GroupMember { readonly group: GroupRow; readonly target: TargetServerRow; readonly member: boolean }

/** the group and target server the arguments name, or the status of the error raised */
async function groupMemberArgs(ctx: ProcedureContext, args: ProcedureArgs): Promise<GroupMember | number> {
  const groupName = trimmed(args.value('@group_name')) ?? '';
  const server = serverName(args.value('@server_name')) ?? '';
  const group = await findGroup(ctx, groupName);
  if (!group) return raise(ctx, 14262, '@group_name', groupName);
  const target = await findTarget(ctx, server);
  if (!target) return raise(ctx, 14262, '@server_name', server);
  return { group, target, member: await isMember(ctx, group.servergroup_id, target.server_id) };
}

/** a sysadmin procedure of GROUP_MEMBER_PARAMETERS that `change`s the membership once both are found */
export function groupMemberProcedure(
  name: string, change: (ctx: ProcedureContext, found: GroupMember) => Promise<number>,
): ProcedureDefinition {
  return {
    name,
    home: 'msdb',
    permission: 'sysadmin',
    parameters: GROUP_MEMBER_PARAMETERS,
    async run(ctx, args) {
      const found = await groupMemberArgs(ctx, args);
      return typeof found === 'number' ? found : change(ctx, found);
    },
  };
}
