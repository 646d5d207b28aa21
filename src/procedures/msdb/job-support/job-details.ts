// The current attributes of a job as sp_update_job reads them (sysjobs_view with the names of its
// category and notification operators).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { glit, queryRow } from '../shared/index';

export interface JobDetails {
  readonly name: string;
  readonly enabled: number;
  readonly description: string | null;
  readonly startStepId: number;
  readonly categoryName: string | null;
  readonly categoryId: number;
  readonly categoryType: number | null;
  readonly ownerSid: string;
  readonly notifyLevelEventlog: number;
  readonly notifyLevelEmail: number;
  readonly notifyLevelNetsend: number;
  readonly notifyLevelPage: number;
  readonly emailOperator: string | null;
  readonly netsendOperator: string | null;
  readonly pageOperator: string | null;
  readonly deleteLevel: number;
  readonly masterServer: boolean;
}

export async function jobDetails(ctx: ProcedureContext, jobId: string): Promise<JobDetails | undefined> {
  const r = await queryRow(ctx, `SELECT j.name, j.enabled, j.description, j.start_step_id, c.name AS category_name, j.category_id,
  c.category_type, CONVERT(nvarchar(200), j.owner_sid, 1) AS owner_sid, j.notify_level_eventlog, j.notify_level_email,
  j.notify_level_netsend, j.notify_level_page, o1.name AS email_op, o2.name AS netsend_op, o3.name AS page_op,
  j.delete_level, CONVERT(int, j.master_server) AS master_server
FROM msdb.dbo.sysjobs_view AS j
  LEFT JOIN msdb.dbo.sysoperators AS o1 ON o1.id = j.notify_email_operator_id
  LEFT JOIN msdb.dbo.sysoperators AS o2 ON o2.id = j.notify_netsend_operator_id
  LEFT JOIN msdb.dbo.sysoperators AS o3 ON o3.id = j.notify_page_operator_id
  LEFT JOIN msdb.dbo.syscategories AS c ON c.category_id = j.category_id
WHERE j.job_id = ${glit(jobId)}`);
  if (!r) return undefined;
  const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return {
    name: String(r.name), enabled: Number(r.enabled), description: s(r.description), startStepId: Number(r.start_step_id),
    categoryName: s(r.category_name), categoryId: Number(r.category_id), categoryType: r.category_type === null ? null : Number(r.category_type),
    ownerSid: String(r.owner_sid), notifyLevelEventlog: Number(r.notify_level_eventlog), notifyLevelEmail: Number(r.notify_level_email),
    notifyLevelNetsend: Number(r.notify_level_netsend), notifyLevelPage: Number(r.notify_level_page),
    emailOperator: s(r.email_op), netsendOperator: s(r.netsend_op), pageOperator: s(r.page_op),
    deleteLevel: Number(r.delete_level), masterServer: Number(r.master_server) === 1,
  };
}
