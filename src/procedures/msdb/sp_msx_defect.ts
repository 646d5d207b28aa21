// sp_msx_defect (TSX): leaves the master. Unless forced, the master is told first
// (sp_enlist_tsx @Action = 1 removes this target there); a failure there stops the defection.
// Forced: the master is not contacted (SQL Server NET SENDs 14217 to MSXOperator; msxd has no
// NET SEND), and its sysadmin finishes with sp_delete_targetserver @post_defection = 0. Then the jobs from the master are deleted and
// 14227 printed. Reference msx-agent.md §1.1.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { callerOf, raise, raiseWith } from './shared/index';
import { currentMsxServer } from './job-support/agent-registry';
import { BIT } from './msx/param-types';
import { callEnlistTsx, ENLIST_ACTION, localFacts } from './tsx/enlist-call';
import { connectToMsx } from './tsx/msx-connection';
import type { TsxHost } from './tsx/remote-msx';
import { clearEnlistment } from './tsx/tsx-state';

export function msxDefectProcedure(host: TsxHost): ProcedureDefinition {
  return {
    name: 'sp_msx_defect',
    home: 'msdb',
    permission: 'public',
    parameters: [{ name: '@forced_defection', type: BIT, default: 0 }],
    async run(ctx, args) {
      if (!(await callerOf(ctx)).isSysadmin) return raise(ctx, 15003, 'sysadmin');
      const msx = await currentMsxServer(ctx);
      if (msx === undefined) return raise(ctx, 14298);
      const forced = Number(args.value('@forced_defection') ?? 0) !== 0;
      const facts = await localFacts(ctx);
      if (!forced) {
        const conn = await connectToMsx(ctx, host, msx);
        if (!conn) return 1;
        try {
          const result = await callEnlistTsx(ctx, conn, facts, { action: ENLIST_ACTION.DEFECT, location: null, pollInterval: 0 });
          if (!result || result.returnStatus !== 0) return 1;
        } finally {
          await conn.close();
        }
      }
      const jobs = await clearEnlistment(ctx);
      await raiseWith(ctx, 14227, 0, msx, jobs);
      return 0;
    },
  };
}
