// INSERT (operation 1, JOB): "insert or refresh the entire job with all steps and schedules".
// The definition is read from the master (sp_msxd_fetch_job_definition) and written here through
// the node's own procedures under the master's job_id and schedule_uid, originating from the
// master; an earlier copy is deleted first, so a re-download replaces it whole. A job the master
// no longer assigns to this target is dropped here (assigned-definition.ts).
import * as node from '../node-msx-client';
import type { ApplyContext } from './apply-context';
import { fetchAssignedDefinition } from './assigned-definition';

export async function insertJob(ctx: ApplyContext, jobId: string): Promise<void> {
  const def = await fetchAssignedDefinition(ctx, jobId);
  const hadCopy = await node.deleteLocalJob(ctx.node, jobId);
  if (def === null) {
    ctx.agent.log(`INSERT of job ${jobId} from ${ctx.info.msxServer} is obsolete: the master no longer assigns the job to this server` +
      (hadCopy ? '; the local copy was deleted' : ''));
  } else {
    await node.addJob(ctx.node, def.header, ctx.info.msxServer);
    for (const step of def.steps) await node.addJobStep(ctx.node, jobId, step);
    for (const schedule of def.schedules) await node.addAndAttachSchedule(ctx.node, jobId, schedule);
    await node.addLocalJobServer(ctx.node, jobId);
  }
  ctx.agent.definitionsChanged();
}
