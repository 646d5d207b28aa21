// sp_sqlagent_set_jobstep_completion_state: a step's last run (sysjobsteps.last_run_*) and the
// session's last executed step (sysjobactivity).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { glit, ilit } from './shared/sql-text';
import { agentDatetime } from './schedule-support/agent-dates';
import { guidParam, intArg, intParam, strArg } from './schedule-support/params';

export const spSqlagentSetJobstepCompletionState: ProcedureDefinition = {
  name: 'sp_sqlagent_set_jobstep_completion_state',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [guidParam('@job_id'), intParam('@step_id'), intParam('@last_run_outcome'), intParam('@last_run_duration'),
    intParam('@last_run_retries'), intParam('@last_run_date'), intParam('@last_run_time'), intParam('@session_id')],
  async run(ctx, args) {
    const i = (n: string): string => ilit(intArg(args.value(n)) ?? 0);
    const job = glit(strArg(args.value('@job_id')));
    await execSql(ctx, `UPDATE msdb.dbo.sysjobsteps
SET last_run_outcome = ${i('@last_run_outcome')}, last_run_duration = ${i('@last_run_duration')},
    last_run_retries = ${i('@last_run_retries')}, last_run_date = ${i('@last_run_date')}, last_run_time = ${i('@last_run_time')}
WHERE job_id = ${job} AND step_id = ${i('@step_id')};
UPDATE msdb.dbo.sysjobactivity
SET last_executed_step_id = ${i('@step_id')}, last_executed_step_date = ${agentDatetime(i('@last_run_date'), i('@last_run_time'))}
WHERE session_id = ${i('@session_id')} AND job_id = ${job};`);
  },
};
