// START (operation 4, JOB): the agent runs the downloaded job now; its outcome goes back to the
// master with the next upload. A job not downloaded (yet) is an error, which blocks the target
// as SQL Server's does.
import type { ApplyContext } from './apply-context';

export async function startJob(ctx: ApplyContext, jobId: string, sourceServer: string): Promise<void> {
  await ctx.agent.startJob(jobId, `MSX ${sourceServer}`);
}
