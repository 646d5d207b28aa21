// Where a job is targeted (sysjobservers): a job is local when it has the server_id 0 row,
// multiserver when it has rows of target servers; never both (14290/14291).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { queryRows } from './agent-sql';
import { glit } from './sql-text';

export interface JobTargets {
  readonly local: boolean;
  /** target server names (upper case) of the job's remote rows */
  readonly remote: readonly string[];
}

export async function jobTargets(ctx: ProcedureContext, jobId: string): Promise<JobTargets> {
  const rows = await queryRows(ctx, `SELECT s.server_id, UPPER(t.server_name) AS server_name
  FROM msdb.dbo.sysjobservers AS s LEFT JOIN msdb.dbo.systargetservers AS t ON t.server_id = s.server_id
  WHERE s.job_id = ${glit(jobId)}`);
  return {
    local: rows.some((r) => Number(r.server_id) === 0),
    remote: rows.filter((r) => Number(r.server_id) !== 0).map((r) => String(r.server_name)),
  };
}

export function isMultiserver(t: JobTargets): boolean {
  return t.remote.length > 0;
}
