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
    // one grouped pass over sysdownloadlist, not two subqueries per target; GETDATE() once
    await ctx.executeSql(`DECLARE @now datetime = GETDATE();
SELECT CONVERT(int, sts.server_id) AS server_id,
       CONVERT(sysname, sts.server_name) AS server_name,
       CONVERT(datetime, DATEADD(ss, DATEDIFF(ss, sts.last_poll_date, @now), sts.local_time_at_last_poll)) AS local_time,
       CONVERT(datetime, sts.last_poll_date) AS last_poll_date,
       CONVERT(int, ISNULL(sdl.unread, 0)) AS unread_instructions,
       CONVERT(int, ISNULL(sdl.blocked, 0)) AS blocked,
       CONVERT(int, sts.poll_interval) AS poll_interval
FROM msdb.dbo.systargetservers AS sts
LEFT JOIN (SELECT target_server,
                  SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END) AS unread,
                  SUM(CASE WHEN error_message IS NOT NULL THEN 1 ELSE 0 END) AS blocked
           FROM msdb.dbo.sysdownloadlist
           GROUP BY target_server) AS sdl ON sdl.target_server = sts.server_name
${filter}
ORDER BY sts.server_name;`);
    return 0;
  },
};
