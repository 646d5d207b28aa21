// sp_sqlagent_create_jobactivity: sysjobactivity rows of an agent session, for one job or (NULL)
// every job; rows already there are kept.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { glit, ilit } from './shared/sql-text';
import { guidParam, intArg, intParam, strArg, tinyintParam } from './schedule-support/params';

export const spSqlagentCreateJobactivity: ProcedureDefinition = {
  name: 'sp_sqlagent_create_jobactivity',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [intParam('@session_id'), guidParam('@job_id', null), tinyintParam('@is_system', 0)],
  async run(ctx, args) {
    const session = ilit(intArg(args.value('@session_id')));
    const jobId = strArg(args.value('@job_id'));
    await execSql(ctx, `INSERT INTO msdb.dbo.sysjobactivity (session_id, job_id)
SELECT ${session}, j.job_id FROM msdb.dbo.sysjobs AS j
WHERE ${jobId === null ? '1 = 1' : `j.job_id = ${glit(jobId)}`}
  AND NOT EXISTS (SELECT 1 FROM msdb.dbo.sysjobactivity AS a WHERE a.session_id = ${session} AND a.job_id = j.job_id);`);
  },
};
