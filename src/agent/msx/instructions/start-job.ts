// START (operation 4, JOB): the agent runs the downloaded job now; its outcome goes back to the
// master with the next upload. A job not downloaded (its INSERT lost) is an error, which blocks
// the target as SQL Server's does; but a job the master no longer assigns to this target (taken
// away after the START was posted, a DELETE follows) makes the START obsolete: logged, not run.
import type { ApplyContext } from './apply-context';
import { fetchAssignedDefinition } from './assigned-definition';

export async function startJob(ctx: ApplyContext, jobId: string, sourceServer: string): Promise<void> {
  try {
    await ctx.agent.startJob(jobId, `MSX ${sourceServer}`);
  } catch (e) {
    if ((await fetchAssignedDefinition(ctx, jobId)) !== null) throw e;
    ctx.agent.log(`START of job ${jobId} from ${ctx.info.msxServer} is obsolete: the master no longer assigns the job to this server`);
  }
}
