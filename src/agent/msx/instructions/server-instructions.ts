// RE-ENLIST (6) and DEFECT (7) (msx-agent.md §4); SYNC-TIME (8) is sync-time.ts.
// RE-ENLIST enlists again into the same master, which sp_msx_enlist turns into an update
// (sp_enlist_tsx @Action = 2: poll interval, time zone, and the master's MSXOperator row again).
// DEFECT comes after the master dropped this target (sp_delete_targetserver), so the defection is
// forced (it does not contact the master); its message (14227, with the number of MSX jobs
// deleted) goes to the agent's log, since no user session sees it.
import sql from 'mssql';
import * as node from '../node-msx-client';
import type { ApplyContext } from './apply-context';

export async function reEnlist(ctx: ApplyContext): Promise<void> {
  await node.reEnlist(ctx.node, ctx.info.msxServer);
  ctx.agent.log(`RE-ENLIST from ${ctx.info.msxServer}: enlistment and MSXOperator refreshed`);
}

export async function defect(ctx: ApplyContext): Promise<void> {
  const request = ctx.node.request();
  const messages: string[] = [];
  request.on('info', (m: { number: number; message: string }) => {
    if (m.number === 14227) messages.push(m.message);
  });
  await request.input('forced_defection', sql.Bit, true).execute('msdb.dbo.sp_msx_defect');
  ctx.agent.log(`DEFECT from ${ctx.info.msxServer} (the master removed this target): ${messages.join(' ') || 'defected'}`);
}
