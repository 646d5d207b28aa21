// sp_help_targetservergroup [@name =] 'group': all groups (servergroup_id, name), or the members
// of one group (server_id, server_name).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { trimmed } from './shared/sql-text';
import { SYSNAME } from './msx/param-types';
import { findGroup } from './msx/target-groups';

export const spHelpTargetServerGroup: ProcedureDefinition = {
  name: 'sp_help_targetservergroup',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@name', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const name = trimmed(args.value('@name'));
    if (name === undefined) {
      await ctx.executeSql(`SELECT CONVERT(int, servergroup_id) AS servergroup_id, CONVERT(sysname, name) AS name
FROM msdb.dbo.systargetservergroups ORDER BY name;`);
      return 0;
    }
    const group = await findGroup(ctx, name);
    if (!group) return raise(ctx, 14262, '@name', name);
    await ctx.executeSql(`SELECT CONVERT(int, sts.server_id) AS server_id, CONVERT(sysname, sts.server_name) AS server_name
FROM msdb.dbo.systargetservergroupmembers AS m
JOIN msdb.dbo.systargetservers AS sts ON sts.server_id = m.server_id
WHERE m.servergroup_id = ${group.servergroup_id}
ORDER BY sts.server_name;`);
    return 0;
  },
};
