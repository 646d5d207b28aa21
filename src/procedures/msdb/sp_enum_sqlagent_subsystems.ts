// sp_enum_sqlagent_subsystems: the job step subsystems of this node's agent (syssubsystems),
// description = the text of description_id, ordered by subsystem_id.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-enum-sqlagent-subsystems-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { execSql, queryRows } from './shared/agent-sql';
import { nlit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';

export const spEnumSqlagentSubsystems: ProcedureDefinition = {
  name: 'sp_enum_sqlagent_subsystems',
  home: 'msdb',
  permission: 'public',
  parameters: [],
  async run(ctx) {
    await requireAgentUser(ctx, 'sp_enum_sqlagent_subsystems');
    const ids = await queryRows(ctx, 'SELECT DISTINCT description_id FROM msdb.dbo.syssubsystems WHERE description_id IS NOT NULL');
    const whens = ids.map((r) => Number(r.description_id))
      .map((n) => `WHEN ${n} THEN ${nlit(messageDef(n)?.text ?? null)}`).join(' ');
    await execSql(ctx, `SELECT subsystem, CONVERT(nvarchar(512), ${whens ? `CASE description_id ${whens} END` : 'NULL'}) AS description,
  subsystem_dll, agent_exe, start_entry_point, event_entry_point, stop_entry_point, max_worker_threads, subsystem_id
FROM msdb.dbo.syssubsystems
ORDER BY subsystem_id;`);
    return 0;
  },
};
