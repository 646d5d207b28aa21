// sp_add_targetservergroup @name: a named group of target servers (sp_apply_job_to_targets takes
// comma lists of group names, hence no commas in a name).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, raise } from './shared/agent-sql';
import { nlit, trimmed } from './shared/sql-text';
import { SYSNAME } from './msx/param-types';
import { findGroup } from './msx/target-groups';

export const spAddTargetServerGroup: ProcedureDefinition = {
  name: 'sp_add_targetservergroup',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@name', type: SYSNAME }],
  async run(ctx, args) {
    if (!ctx.isSysadmin) return raise(ctx, 15003, 'sysadmin');
    const name = trimmed(args.value('@name')) ?? '';
    if (await findGroup(ctx, name)) return raise(ctx, 14261, '@name', name);
    if (name.includes(',')) return raise(ctx, 14289, '@name', ',');
    return (await execSql(ctx, `INSERT INTO msdb.dbo.systargetservergroups (name) VALUES (${nlit(name)});`)) ? 0 : 1;
  },
};
