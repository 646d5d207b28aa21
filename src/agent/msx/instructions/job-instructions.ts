// UPDATE (2), DELETE (3), STOP (5) of a downloaded job (msx-agent.md §4): UPDATE refreshes the
// sysjobs header only; DELETE removes the job (the all-zero id: every job from this master);
// STOP cancels a running instance (not running: nothing to do, logged by the agent). An UPDATE
// of a job the master no longer assigns to this target drops the local copy (assigned-definition.ts).
import * as node from '../node-msx-client';
import type { ApplyContext } from './apply-context';
import { fetchAssignedDefinition } from './assigned-definition';

const ALL_JOBS = '00000000-0000-0000-0000-000000000000';

export async function updateJob(ctx: ApplyContext, jobId: string): Promise<void> {
  const def = await fetchAssignedDefinition(ctx, jobId);
  if (def === null) {
    const hadCopy = await node.deleteLocalJob(ctx.node, jobId);
    ctx.agent.log(`UPDATE of job ${jobId} from ${ctx.info.msxServer} is obsolete: the master no longer assigns the job to this server` +
      (hadCopy ? '; the local copy was deleted' : ''));
  } else {
    await node.updateJobHeader(ctx.node, def.header);
  }
  ctx.agent.definitionsChanged();
}

export async function deleteJob(ctx: ApplyContext, jobId: string): Promise<void> {
  if (jobId === ALL_JOBS) await node.deleteAllMsxJobs(ctx.node, ctx.info.msxServer);
  else await node.deleteLocalJob(ctx.node, jobId);
  ctx.agent.definitionsChanged();
}

export function stopJob(ctx: ApplyContext, jobId: string, sourceServer: string): Promise<void> {
  ctx.agent.stopJob(jobId, `MSX ${sourceServer}`);
  return Promise.resolve();
}
