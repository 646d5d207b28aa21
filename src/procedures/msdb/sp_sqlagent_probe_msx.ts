// sp_sqlagent_probe_msx: a target's heartbeat at every poll. Records the poll (MSX time), the
// target's local time, poll interval and time zone, and answers one row of three unnamed
// columns: bad enlistment (no row here and no pending DEFECT for it), blocking instructions
// (rows with an error) and pending instructions (unread rows without error).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { sqlParams } from './shared/agent-sql';
import { INT, nvarchar, SYSNAME } from './msx/param-types';
import { targetLoginFor } from './msx/target-login-check';
import { heartbeatOf, recordHeartbeat } from './msx/heartbeats';

// Constant texts with the values as variables: one parsed batch for every target and poll, and
// `server_name = @server` (names are stored upper-cased, the column is case-insensitive) seeks nc1.
const RECORD_POLL = `SET NOCOUNT ON;
UPDATE msdb.dbo.systargetservers
SET last_poll_date = GETDATE(),
    local_time_at_last_poll = CONVERT(datetime, @local_time, 111),
    poll_interval = @poll_interval,
    time_zone_adjustment = ISNULL(@tz, time_zone_adjustment)
WHERE server_name = @server;`;

// one pass over the target's rows of sysdownloadlist (index nc1) for the three answers
const ANSWER = `SELECT
  CONVERT(bit, CASE WHEN NOT EXISTS (SELECT 1 FROM msdb.dbo.systargetservers WHERE server_name = @server)
                     AND ISNULL(d.defects, 0) = 0
                    THEN 1 ELSE 0 END),
  CONVERT(int, ISNULL(d.blocking, 0)),
  CONVERT(int, ISNULL(d.pending, 0))
FROM (SELECT SUM(CASE WHEN operation_code = 7 AND object_type = 2 THEN 1 ELSE 0 END) AS defects,
             SUM(CASE WHEN error_message IS NOT NULL THEN 1 ELSE 0 END) AS blocking,
             SUM(CASE WHEN error_message IS NULL AND status = 0 THEN 1 ELSE 0 END) AS pending
      FROM msdb.dbo.sysdownloadlist WHERE target_server = @server) AS d;`;

const PROBE = `${RECORD_POLL}
${ANSWER}`;

// The answer read first (captured, with the session's @@TRANCOUNT), the heartbeat written with
// the other probes of the moment (msx/heartbeats.ts), then the answer sent: the client still
// gets it only after its heartbeat is committed.
const ANSWER_AND_TRANCOUNT = `SET NOCOUNT ON;
SELECT
  CONVERT(bit, CASE WHEN NOT EXISTS (SELECT 1 FROM msdb.dbo.systargetservers WHERE server_name = @server)
                     AND ISNULL(d.defects, 0) = 0
                    THEN 1 ELSE 0 END),
  CONVERT(int, ISNULL(d.blocking, 0)),
  CONVERT(int, ISNULL(d.pending, 0)),
  @@TRANCOUNT
FROM (SELECT SUM(CASE WHEN operation_code = 7 AND object_type = 2 THEN 1 ELSE 0 END) AS defects,
             SUM(CASE WHEN error_message IS NOT NULL THEN 1 ELSE 0 END) AS blocking,
             SUM(CASE WHEN error_message IS NULL AND status = 0 THEN 1 ELSE 0 END) AS pending
      FROM msdb.dbo.sysdownloadlist WHERE target_server = @server) AS d;`;

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
    const pollInterval = Number(args.value('@poll_interval') ?? 0);
    const params = sqlParams({
      '@server': typed(SYSNAME, name),
      '@local_time': typed(nvarchar(100), args.value('@local_time')),
      '@poll_interval': typed(INT, pollInterval),
      '@tz': typed(INT, args.value('@time_zone_adjustment')),
    });
    const beat = heartbeatOf(name, args.value('@local_time'), pollInterval, args.value('@time_zone_adjustment'));
    if (beat === undefined) {
      // one batch: SQL Server's procedure goes on to its answer whatever the UPDATE did (a
      // statement error does not end a batch either)
      await ctx.executeSql(PROBE, params);
      return 0;
    }
    const answer = (await ctx.querySql(ANSWER_AND_TRANCOUNT, params))[0];
    const row = answer?.rows[0];
    if (answer === undefined || row === undefined) throw new Error('sp_sqlagent_probe_msx: no answer');
    // inside the caller's transaction the heartbeat belongs to it (its rollback undoes it)
    const inTransaction = Number(row[3]) !== 0;
    if (inTransaction || !await recordHeartbeat(ctx, beat)) await ctx.executeSql(RECORD_POLL, params);
    await ctx.resultSet(answer.columns.slice(0, 3), [row.slice(0, 3)]);
    return 0;
  },
};
