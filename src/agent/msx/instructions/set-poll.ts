// SET-POLL (operation 9, SERVER): the new poll interval in seconds (10..28,800, checked by the
// master's sp_post_msx_operation) is stored as the node's MSXPollInterval and used from now on.
import { setPollInterval } from '../node-msx-client';
import type { ApplyContext } from './apply-context';

export const POLL_INTERVAL_RANGE = { min: 10, max: 28_800 } as const;

export async function setPoll(ctx: ApplyContext, seconds: number): Promise<void> {
  if (seconds < POLL_INTERVAL_RANGE.min || seconds > POLL_INTERVAL_RANGE.max) {
    throw new Error(`SET-POLL: ${seconds} is outside ${POLL_INTERVAL_RANGE.min}..${POLL_INTERVAL_RANGE.max}`);
  }
  await setPollInterval(ctx.node, seconds);
  ctx.agent.pollIntervalChanged(seconds);
}
