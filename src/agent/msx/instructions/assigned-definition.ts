// The master's definition of a job for this target, or null when the master no longer assigns the
// job to this target (sp_msxd_fetch_job_definition raises 14262): the job was taken away
// (sp_delete_jobserver, sp_remove_job_from_targets) or deleted after the INSERT / UPDATE was
// posted, and a DELETE follows it in the download list. The instruction is then obsolete, not
// wrong: the state it asks for ("this target's copy of the master's job") is "no job", so the
// handler drops any local copy instead of failing, which would block the target behind an error
// row for a job it is no longer meant to have.
import { fetchJobDefinition, sqlErrorNumber } from '../master-client';
import type { MsxJobDefinition } from '../msx-types';
import type { ApplyContext } from './apply-context';

const NOT_ASSIGNED = 14262;

export async function fetchAssignedDefinition(ctx: ApplyContext, jobId: string): Promise<MsxJobDefinition | null> {
  try {
    return await fetchJobDefinition(ctx.master, ctx.info.localServer, jobId);
  } catch (e) {
    if (sqlErrorNumber(e) !== NOT_ASSIGNED) throw e;
    return null;
  }
}
