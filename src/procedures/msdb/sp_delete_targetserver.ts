// sp_delete_targetserver @server_name [, @clear_downloadlist = 1] [, @post_defection = 1]:
// defects a target manually at the MSX (normally the target runs sp_msx_defect).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { findTarget, serverName } from './msx/msx-sql';
import { BIT, SYSNAME } from './msx/param-types';
import { removeTargetServer } from './msx/remove-target';

export const spDeleteTargetServer: ProcedureDefinition = {
  name: 'sp_delete_targetserver',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@clear_downloadlist', type: BIT, default: true },
    { name: '@post_defection', type: BIT, default: true },
  ],
  async run(ctx, args) {
    const name = serverName(args.value('@server_name'));
    const target = name === undefined ? undefined : await findTarget(ctx, name);
    if (!target) return raise(ctx, 14262, '@server_name', name ?? null);
    return removeTargetServer(ctx, target, args.value('@clear_downloadlist') === true, args.value('@post_defection') === true);
  },
};
