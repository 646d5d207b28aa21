// sp_delete_targetservergroup @name: removes the group and its memberships (not the servers).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { trimmed } from './shared/sql-text';
import { SYSNAME } from './msx/param-types';
import { findGroup } from './msx/target-groups';

export const spDeleteTargetServerGroup: ProcedureDefinition = {
  name: 'sp_delete_targetservergroup',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@name', type: SYSNAME }],
  async run(ctx, args) {
    if (!ctx.isSysadmin) return raise(ctx, 15003, 'sysadmin');
    const name = trimmed(args.value('@name')) ?? '';
    const group = await findGroup(ctx, name);
    if (!group) return raise(ctx, 14262, '@name', name);
    await execSql(ctx, 'BEGIN TRANSACTION;');
    const done = await execSql(ctx, [
      `DELETE FROM msdb.dbo.systargetservergroupmembers WHERE servergroup_id = ${group.servergroup_id};`,
      `DELETE FROM msdb.dbo.systargetservergroups WHERE servergroup_id = ${group.servergroup_id};`,
    ]);
    await execSql(ctx, done ? 'COMMIT TRANSACTION;' : 'IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;');
    return done ? 0 : 1;
  },
};
