// sp_target_server_summary [@target_server =] 'server': per target its local time, last poll,
// unread instructions, blocking (error) rows and poll interval.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { nlit } from './shared/sql-text';
import { findTarget, serverName } from './msx/msx-sql';
import { SYSNAME } from './msx/param-types';

export const spTargetServerSummary: ProcedureDefinition = {
  name: 'sp_target_server_summary',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [{ name: '@target_server', type: SYSNAME, default: null }],
  async run(ctx, args) {
    const name = serverName(args.value('@target_server'));
    if (name !== undefined && !(await findTarget(ctx, name))) return raise(ctx, 14262, '@target_server', name);
    const filter = name === undefined ? '' : `WHERE sts.server_name = ${nlit(name)}`;
    // per target, lookups through sysdownloadlist's index on target_server (a grouped derived
    // table joined to the targets is materialised without an index: seconds at 10,000 targets)
    await ctx.executeSql(`DECLARE @now datetime = GETDATE();
SELECT CONVERT(int, sts.server_id) AS server_id,
       CONVERT(sysname, sts.server_name) AS server_name,
       CONVERT(datetime, DATEADD(ss, DATEDIFF(ss, sts.last_poll_date, @now), sts.local_time_at_last_poll)) AS local_time,
       CONVERT(datetime, sts.last_poll_date) AS last_poll_date,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist AS sdl
                     WHERE sdl.target_server = sts.server_name AND sdl.status = 0)) AS unread_instructions,
       CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist AS sdl
                     WHERE sdl.target_server = sts.server_name AND sdl.error_message IS NOT NULL)) AS blocked,
       CONVERT(int, sts.poll_interval) AS poll_interval
FROM msdb.dbo.systargetservers AS sts
${filter}
ORDER BY sts.server_name;`);
    return 0;
  },
};
