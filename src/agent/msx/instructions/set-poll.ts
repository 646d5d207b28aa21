// SET-POLL (operation 9, SERVER): the new poll interval in seconds (POLL_INTERVAL.MIN..MAX,
// 10..28,800, checked by the master's sp_post_msx_operation too) is stored as the node's
// MSXPollInterval and used from now on.
import { POLL_INTERVAL } from '../../../codes/msx-codes';
import { setPollInterval } from '../node-msx-client';
import type { ApplyContext } from './apply-context';

export async function setPoll(ctx: ApplyContext, seconds: number): Promise<void> {
  if (seconds < POLL_INTERVAL.MIN || seconds > POLL_INTERVAL.MAX) {
    throw new Error(`SET-POLL: ${seconds} is outside ${POLL_INTERVAL.MIN}..${POLL_INTERVAL.MAX}`);
  }
  await setPollInterval(ctx.node, seconds);
  ctx.agent.pollIntervalChanged(seconds);
}
