// The node's error log as xp_readerrorlog / sp_readerrorlog show it. msxd keeps one log in memory
// (src/engine/error-log.ts): the errors the server logs (RAISERROR ... WITH LOG), shown as
// SQL Server's ERRORLOG shows them (two lines, "Error: n, Severity: s, State: st." then the text,
// ProcessInfo spidN), and the events SQL Server Agent writes to the application event log
// (notify_level_eventlog job outcomes), ProcessInfo SQLSERVERAGENT. Log type 1 (SQL Server) shows
// both: the node's error log stands for the Windows application log too, which msxd does not
// have. Log type 2 (SQL Server Agent) shows the agent's entries only, with SQLAGENT.OUT's
// ErrorLevel (1 error, 2 warning, 3 information). Only the current log (0) exists: the log
// restarts with the node's process, so an archive number gives no rows.
import type { LoggedError } from '../engine/index';
import type { ProcedureContext } from '../engine/procedure-registry';
import type { SqlValue } from '../types/values';
import { fromJsDate, roundDatetime, toJsDate } from '../types/dates';
import { SqlDateTime } from '../types/values';

export interface ReadErrorLogRequest {
  readonly logNumber: number;
  /** 1 SQL Server (default), 2 SQL Server Agent */
  readonly logType: number;
  readonly search1: string | null;
  readonly search2: string | null;
  readonly start: SqlValue;
  readonly end: SqlValue;
  readonly descending: boolean;
}

const NVARCHAR = (length: number) => ({ kind: 'nvarchar', length }) as const;
const DATETIME = { kind: 'datetime' } as const;
const AGENT_SOURCE = 'SQLSERVERAGENT';

interface Line { readonly at: Date; readonly info: string | number; readonly text: string }

export async function sendErrorLog(ctx: ProcedureContext, req: ReadErrorLogRequest): Promise<void> {
  const agentLog = req.logType === 2;
  const entries = req.logNumber === 0 ? ctx.errorLog?.entries() ?? [] : [];
  let lines = entries.flatMap((e) => (agentLog ? agentLines(e) : serverLines(e)));
  const needles = [req.search1, req.search2].filter((s): s is string => s !== null && s !== '').map((s) => s.toLowerCase());
  const from = req.start instanceof SqlDateTime ? toJsDate(req.start).getTime() : -Infinity;
  const to = req.end instanceof SqlDateTime ? toJsDate(req.end).getTime() : Infinity;
  lines = lines.filter((l) => needles.every((n) => l.text.toLowerCase().includes(n)) && l.at.getTime() >= from && l.at.getTime() <= to);
  if (req.descending) lines.reverse();
  const columns = agentLog
    ? [{ name: 'LogDate', type: DATETIME, nullable: true }, { name: 'ErrorLevel', type: { kind: 'int' } as const, nullable: true },
      { name: 'Text', type: NVARCHAR(4000), nullable: true }]
    : [{ name: 'LogDate', type: DATETIME, nullable: true }, { name: 'ProcessInfo', type: NVARCHAR(100), nullable: true },
      { name: 'Text', type: NVARCHAR(4000), nullable: true }];
  await ctx.resultSet(columns, lines.map((l) => [roundDatetime(fromJsDate(l.at)), l.info, l.text]));
}

function serverLines(e: LoggedError): Line[] {
  if (e.source === AGENT_SOURCE) return [{ at: e.loggedAt, info: AGENT_SOURCE, text: e.text }];
  const info = `spid${e.spid}`;
  return [
    { at: e.loggedAt, info, text: `Error: ${e.number}, Severity: ${e.severity}, State: ${e.state}.` },
    { at: e.loggedAt, info, text: e.text },
  ];
}

/** SQLAGENT.OUT's levels from the event type (1 error, 2 warning, 4 information) */
function agentLines(e: LoggedError): Line[] {
  if (e.source !== AGENT_SOURCE) return [];
  const level = e.severity === 1 ? 1 : e.severity === 2 ? 2 : 3;
  return [{ at: e.loggedAt, info: level, text: e.text }];
}
