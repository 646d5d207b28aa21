// sp_help_targetserver [@server_name =] 'server': the MSX's target servers with the status bits
// computed at query time (1 stored; 2 when not polled for three poll intervals; 4 when one of its
// download rows carries an error), unread instructions and the target's current local time
// (its time at the last poll plus the seconds since). Column types are the table's, as in SQL Server's SELECT.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { raise, sqlParams } from './shared/agent-sql';
import { findTarget, serverName } from './msx/msx-sql';
import { SYSNAME } from './msx/param-types';

// Per target, two lookups through sysdownloadlist's index on target_server (a grouped derived
// table joined to the targets was materialised without an index: 10,000 targets x 1,000 listed
// targets took seconds). GETDATE() read once (SQL Server evaluates it once per statement too);
// @now must be declared by the batch.
export const TARGET_SERVER_SELECT = `SELECT CONVERT(int, sts.server_id) AS server_id,
       CONVERT(sysname, sts.server_name) AS server_name,
       CONVERT(nvarchar(200), sts.location) AS location,
       CONVERT(int, sts.time_zone_adjustment) AS time_zone_adjustment,
       CONVERT(datetime, sts.enlist_date) AS enlist_date,
       CONVERT(datetime, sts.last_poll_date) AS last_poll_date,
       CONVERT(int, sts.status
         | (CASE WHEN DATEDIFF(ss, sts.last_poll_date, @now) > (3 * sts.poll_interval) THEN 2 ELSE 0 END)
         | (CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysdownloadlist AS sdl
                              WHERE sdl.target_server = sts.server_name AND sdl.error_message IS NOT NULL) THEN 4 ELSE 0 END)) AS status,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist AS sdl
                     WHERE sdl.target_server = sts.server_name AND sdl.status = 0)) AS unread_instructions,
       CONVERT(datetime, DATEADD(ss, DATEDIFF(ss, sts.last_poll_date, @now), sts.local_time_at_last_poll)) AS local_time,
       CONVERT(nvarchar(100), sts.enlisted_by_nt_user) AS enlisted_by_nt_user,
       CONVERT(int, sts.poll_interval) AS poll_interval
FROM msdb.dbo.systargetservers AS sts`;

const NOW = 'DECLARE @now datetime = GETDATE();';

export const spHelpTargetServer: ProcedureDefinition = {
  name: 'sp_help_targetserver',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@server_name', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const name = serverName(args.value('@server_name'));
    if (name === undefined) {
      await ctx.executeSql(`${NOW}\n${TARGET_SERVER_SELECT}\nORDER BY server_name;`);
      return 0;
    }
    if (!(await findTarget(ctx, name))) return raise(ctx, 14262, '@server_name', name);
    await ctx.executeSql(`${NOW}\n${TARGET_SERVER_SELECT}\nWHERE sts.server_name = @server\nORDER BY server_name;`,
      sqlParams({ '@server': typed(SYSNAME, name) }));
    return 0;
  },
};
