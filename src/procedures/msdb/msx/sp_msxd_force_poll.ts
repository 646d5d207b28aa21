// msxd-only (MSX side): "Force Poll" from the master without posting anything. Wakes the waiting
// connection (sp_msxd_wait_for_instructions) of one target, or of every target when
// @server_name is NULL; those targets poll at once. A target without a waiting connection (its
// MsxdWaitForInstructions setting is off, or the connection is down) is not reached: it polls at
// its interval. One row: targets_woken int (waiting connections woken). sysadmin only (229).
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { raise } from '../shared/agent-sql';
import { findTarget, serverName } from './msx-sql';
import { instructionNotifier } from './node-instruction-notifier';
import { INT, SYSNAME } from './param-types';

export const spMsxdForcePoll: ProcedureDefinition = {
  name: 'sp_msxd_force_poll',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@server_name', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const name = serverName(args.value('@server_name'));
    let targets: string[] | undefined;
    if (name !== undefined) {
      const target = await findTarget(ctx, name);
      if (!target) return raise(ctx, 14262, '@server_name', name);
      targets = [target.server_name];
    }
    const woken = instructionNotifier(ctx).force(targets);
    await ctx.resultSet([{ name: 'targets_woken', type: INT, nullable: false }], [[woken]]);
    return 0;
  },
};
