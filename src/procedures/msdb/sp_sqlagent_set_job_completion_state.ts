// sp_sqlagent_set_job_completion_state: a job's last outcome on the local server
// (sysjobservers server_id 0).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { glit, ilit, nlit } from './shared/sql-text';
import { guidParam, intArg, intParam, nvarcharParam, strArg, tinyintParam } from './schedule-support/params';

export const spSqlagentSetJobCompletionState: ProcedureDefinition = {
  name: 'sp_sqlagent_set_job_completion_state',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [guidParam('@job_id'), tinyintParam('@last_run_outcome'), nvarcharParam('@last_outcome_message', 4000),
    intParam('@last_run_date'), intParam('@last_run_time'), intParam('@last_run_duration')],
  async run(ctx, args) {
    const i = (n: string): string => ilit(intArg(args.value(n)) ?? 0);
    await execSql(ctx, `UPDATE msdb.dbo.sysjobservers
SET last_run_outcome = ${i('@last_run_outcome')}, last_outcome_message = ${nlit(strArg(args.value('@last_outcome_message')))},
    last_run_date = ${i('@last_run_date')}, last_run_time = ${i('@last_run_time')}, last_run_duration = ${i('@last_run_duration')}
WHERE job_id = ${glit(strArg(args.value('@job_id')))} AND server_id = 0;`);
  },
};
