// sp_sqlagent_probe_msx: a target's heartbeat at every poll. Records the poll (MSX time), the
// target's local time, poll interval and time zone, and answers one row of three unnamed
// columns: bad enlistment (no row here and no pending DEFECT for it), blocking instructions
// (rows with an error) and pending instructions (unread rows without error).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { nlit } from './shared/sql-text';
import { INT, nvarchar, SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';

export const spSqlAgentProbeMsx: ProcedureDefinition = {
  name: 'sp_sqlagent_probe_msx',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@local_time', type: nvarchar(100) },
    { name: '@poll_interval', type: INT },
    { name: '@time_zone_adjustment', type: INT, default: null },
  ],
  async run(ctx, args) {
    const name = await targetLoginFor(ctx, 'sp_sqlagent_probe_msx', args.value('@server_name')) ?? '';
    const target = nlit(name);
    const tz = args.value('@time_zone_adjustment');
    await execSql(ctx, `UPDATE msdb.dbo.systargetservers
SET last_poll_date = GETDATE(),
    local_time_at_last_poll = CONVERT(datetime, ${nlit(args.value('@local_time'))}, 111),
    poll_interval = ${Number(args.value('@poll_interval') ?? 0)},
    time_zone_adjustment = ISNULL(${tz === null ? 'NULL' : Number(tz)}, time_zone_adjustment)
WHERE UPPER(server_name) = ${target};`);
    await ctx.executeSql(`SELECT
  CONVERT(bit, CASE WHEN NOT EXISTS (SELECT 1 FROM msdb.dbo.systargetservers WHERE UPPER(server_name) = ${target})
                     AND NOT EXISTS (SELECT 1 FROM msdb.dbo.sysdownloadlist
                                     WHERE target_server = ${target} AND operation_code = 7 AND object_type = 2)
                    THEN 1 ELSE 0 END),
  CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = ${target} AND error_message IS NOT NULL)),
  CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist
                WHERE target_server = ${target} AND error_message IS NULL AND status = 0));`);
    return 0;
  },
};
