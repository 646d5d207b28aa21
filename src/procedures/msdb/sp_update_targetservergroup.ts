// sp_update_targetservergroup @name, @new_name: renames a target server group.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { nlit, trimmed } from './shared/sql-text';
import { SYSNAME } from './msx/param-types';
import { findGroup } from './msx/target-groups';

export const spUpdateTargetServerGroup: ProcedureDefinition = {
  name: 'sp_update_targetservergroup',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@name', type: SYSNAME }, { name: '@new_name', type: SYSNAME }],
  async run(ctx, args) {
    if (!ctx.isSysadmin) return raise(ctx, 15003, 'sysadmin');
    const name = trimmed(args.value('@name')) ?? '';
    const newName = trimmed(args.value('@new_name')) ?? '';
    const group = await findGroup(ctx, name);
    if (!group) return raise(ctx, 14262, '@name', name);
    const clash = await findGroup(ctx, newName);
    if (clash && clash.servergroup_id !== group.servergroup_id) return raise(ctx, 14261, '@new_name', newName);
    if (newName.includes(',')) return raise(ctx, 14289, '@new_name', ',');
    return (await execSql(ctx, `UPDATE msdb.dbo.systargetservergroups SET name = ${nlit(newName)} WHERE servergroup_id = ${group.servergroup_id};`)) ? 0 : 1;
  },
};
