// sp_msx_enlist (TSX): enlists this server into a master. Checks (sysadmin 15003, an MSX cannot
// enlist 14299, not into itself 14297, one master 14296), then, like xp_msx_enlist, connects to
// the master (tsx/msx-connection.ts) and runs sp_enlist_tsx there; on success keeps MSXServerName,
// sysoriginatingservers, DateEnlisted and the master's MSXOperator, and prints 14229. Enlisting
// again into the same master updates the enlistment (@Action = 2). Reference msx-agent.md §1.1.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { callerOf, raise, raiseWith } from './shared/index';
import { trimmed } from './shared/sql-text';
import { agentNumber, AGENT_DEFAULTS } from './schedule-support/agent-settings';
import { currentMsxServer } from './job-support/agent-registry';
import { nvarchar, SYSNAME } from './msx/param-types';
import { callEnlistTsx, ENLIST_ACTION, localFacts } from './tsx/enlist-call';
import { connectToMsx } from './tsx/msx-connection';
import type { TsxHost } from './tsx/remote-msx';
import { clearEnlistment, hasDateEnlisted, isMsx, recordEnlistment } from './tsx/tsx-state';

export function msxEnlistProcedure(host: TsxHost): ProcedureDefinition {
  return {
    name: 'sp_msx_enlist',
    home: 'msdb',
    permission: 'public',
    parameters: [
      { name: '@msx_server_name', type: SYSNAME },
      { name: '@location', type: nvarchar(100), default: null },
    ],
    async run(ctx, args) {
      if (!(await callerOf(ctx)).isSysadmin) return raise(ctx, 15003, 'sysadmin');
      const msx = trimmed(args.value('@msx_server_name'))?.toUpperCase();
      if (msx === undefined) return raise(ctx, 14043, '@msx_server_name', 'sp_msx_enlist');
      const facts = await localFacts(ctx);
      if (await isMsx(ctx)) return raise(ctx, 14299, facts.serverName);
      if (msx === facts.serverName) return raise(ctx, 14297);

      let current = (await currentMsxServer(ctx))?.toUpperCase();
      // msdb rebuilt under a registry that still names a master: forget it first
      if (current !== undefined && !(await hasDateEnlisted(ctx))) {
        await clearEnlistment(ctx);
        current = undefined;
      }
      if (current !== undefined && current !== msx) return raise(ctx, 14296, current);
      const action = current === msx ? ENLIST_ACTION.UPDATE : ENLIST_ACTION.ENLIST;

      const conn = await connectToMsx(ctx, host, msx);
      if (!conn) return 1;
      try {
        const result = await callEnlistTsx(ctx, conn, facts, {
          action,
          location: trimmed(args.value('@location')) ?? facts.serverName,
          pollInterval: await agentNumber(ctx, 'MSXPollInterval', AGENT_DEFAULTS.MSXPollInterval),
        });
        if (!result) return 1;
        if (result.returnStatus !== 0) return result.returnStatus ?? 1;
        if (!(await recordEnlistment(ctx, msx, result.resultSets[0]?.[0]))) return 1;
      } finally {
        await conn.close();
      }
      if (action === ENLIST_ACTION.ENLIST) await raiseWith(ctx, 14229, 0, msx);
      return 0;
    },
  };
}
