// sp_msxd_agent_logged_errors (msxd): the errors the node logged (RAISERROR ... WITH LOG) after
// @after_id, oldest first, at most @max_rows (100 at most): what SQL Server Agent reads from the application event
// log to fire alerts. The log lives in the engine's memory (src/engine/error-log.ts says why), so
// this reads no table; ids restart at 1 with the node's process, as its agent does.
// @newest_id OUTPUT: the newest id logged so far (@max_rows = 0: only that, to start from "now").
// logged_date / logged_time are the agent's yyyymmdd / hhmmss in the node's local time (GETDATE's).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import type { LoggedError } from '../../engine/index';
import type { SqlValue } from '../../types/values';
import { intArg, intOutput, intParam } from './schedule-support/params';

const MAX_ROWS = 100;
const INT = { kind: 'int' } as const;
const SYSNAME = { kind: 'nvarchar', length: 128 } as const;

const COLUMNS = [
  { name: 'log_id', type: INT, nullable: false },
  { name: 'message_id', type: INT, nullable: false },
  { name: 'severity', type: INT, nullable: false },
  { name: 'state', type: INT, nullable: false },
  { name: 'message', type: { kind: 'nvarchar', length: 2048 } as const, nullable: false },
  { name: 'database_name', type: SYSNAME, nullable: false },
  { name: 'login_name', type: SYSNAME, nullable: false },
  { name: 'spid', type: INT, nullable: false },
  { name: 'logged_date', type: INT, nullable: false },
  { name: 'logged_time', type: INT, nullable: false },
];

export const spMsxdAgentLoggedErrors: ProcedureDefinition = {
  name: 'sp_msxd_agent_logged_errors',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [intParam('@after_id', 0), intParam('@max_rows', MAX_ROWS), intOutput('@newest_id')],
  async run(ctx, args) {
    const after = intArg(args.value('@after_id')) ?? 0;
    const max = Math.min(MAX_ROWS, Math.max(0, intArg(args.value('@max_rows')) ?? MAX_ROWS));
    const { entries, newestId } = ctx.loggedErrors?.(after, max) ?? { entries: [], newestId: 0 };
    args.set('@newest_id', newestId);
    await ctx.resultSet(COLUMNS, entries.map(row));
  },
};

function row(e: LoggedError): SqlValue[] {
  const t = e.loggedAt;
  const date = t.getFullYear() * 10000 + (t.getMonth() + 1) * 100 + t.getDate();
  const time = t.getHours() * 10000 + t.getMinutes() * 100 + t.getSeconds();
  return [e.id, e.number, e.severity, e.state, e.text, e.database, e.loginName, e.spid, date, time];
}
