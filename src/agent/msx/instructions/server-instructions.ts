// RE-ENLIST (6), DEFECT (7), SYNC-TIME (8) (msx-agent.md §4). SYNC-TIME asks the target to set its
// system clock to the master's; a node is not the machine's clock keeper (that is NTP's job), so
// it is acknowledged and logged with the offset it carries (tsx - msx minutes), not acted on.
import * as node from '../node-msx-client';
import type { ApplyContext } from './apply-context';

export function reEnlist(ctx: ApplyContext): Promise<void> {
  return node.reEnlist(ctx.node, ctx.info.msxServer);
}

export function defect(ctx: ApplyContext): Promise<void> {
  return node.defectLocally(ctx.node);
}

export function syncTime(ctx: ApplyContext, offsetMinutes: number): Promise<void> {
  ctx.agent.log(`SYNC-TIME from ${ctx.info.msxServer} (time zone offset ${offsetMinutes} min) acknowledged; the node does not set the system clock`);
  return Promise.resolve();
}
