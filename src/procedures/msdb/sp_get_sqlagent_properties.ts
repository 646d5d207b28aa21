// sp_get_sqlagent_properties: SQL Server Agent's settings as one row of 26 columns (the layout
// SMO's JobServer reads with INSERT ... EXEC). Stored values come from msxd_agent_settings,
// absent ones are SQL Server's defaults; sqlagent_type is 1 standalone, 2 target (enlisted in an
// MSX: msx_server_name set), 3 master (has target servers). errorlog_file, when not set, is the
// stand-in path of the agent's log (schedule-support/agent-log-path.ts).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-get-sqlagent-properties-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typeDisplay } from '../../types/type-names';
import { execSql, queryRow, queryRows } from './shared/agent-sql';
import { ilit, nlit } from './shared/sql-text';
import { AGENT_PROPERTIES } from './schedule-support/agent-properties';
import { AGENT_KEY } from './schedule-support/agent-settings';
import { agentLogPath } from './schedule-support/agent-log-path';

export const spGetSqlagentProperties: ProcedureDefinition = {
  name: 'sp_get_sqlagent_properties',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [],
  async run(ctx) {
    const stored = new Map<string, string | number | null>();
    for (const r of await queryRows(ctx, `SELECT UPPER(value_name) AS n, value_type, int_value, text_value FROM msdb.dbo.msxd_agent_settings
WHERE UPPER(key_name) = UPPER(${nlit(AGENT_KEY)})`)) {
      stored.set(String(r.n), r.value_type === 'REG_DWORD' ? Number(r.int_value) : (r.text_value as string | null));
    }
    const msx = await queryRow(ctx, `SELECT (SELECT TOP (1) originating_server FROM msdb.dbo.sysoriginatingservers) AS msx,
  (SELECT COUNT(*) FROM msdb.dbo.systargetservers) AS targets`);
    const msxName = msx?.msx === null || msx?.msx === undefined ? null : String(msx.msx);
    const computed: Record<string, string | number | null> = {
      msx_server_name: msxName,
      sqlagent_type: msxName !== null ? 2 : Number(msx?.targets ?? 0) > 0 ? 3 : 1,
    };
    if (!stored.has('ERRORLOGFILE') || stored.get('ERRORLOGFILE') === null) computed.errorlog_file = await agentLogPath(ctx);
    const select = AGENT_PROPERTIES.map((p) => {
      const v = p.column in computed ? computed[p.column]
        : p.valueName !== undefined && stored.has(p.valueName.toUpperCase()) ? stored.get(p.valueName.toUpperCase())! : p.fallback;
      const lit = v === null || v === undefined ? 'NULL' : typeof v === 'number' ? ilit(v) : nlit(v);
      return `CONVERT(${typeDisplay(p.type)}, ${lit}) AS ${p.column}`;
    });
    await execSql(ctx, `SELECT ${select.join(',\n  ')};`);
    return 0;
  },
};
