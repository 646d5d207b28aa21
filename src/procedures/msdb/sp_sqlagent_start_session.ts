// sp_sqlagent_start_session (msxd): a new syssessions row for an agent that starts; one row
// session_id. SQL Server Agent inserts the row with its own SQL.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';

export const spSqlagentStartSession: ProcedureDefinition = {
  name: 'sp_sqlagent_start_session',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    await execSql(ctx, `INSERT INTO msdb.dbo.syssessions (agent_start_date) VALUES (GETDATE());
SELECT CONVERT(int, SCOPE_IDENTITY()) AS session_id;`);
  },
};
