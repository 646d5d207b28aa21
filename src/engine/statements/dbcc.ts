// DBCC: msxd answers INPUTBUFFER, SQLPERF (dbcc-sqlperf.ts), CHECKDB/CHECKTABLE (dbcc-check.ts),
// SHRINKDATABASE/SHRINKFILE (dbcc-files.ts), OPENTRAN/USEROPTIONS (dbcc-session-info.ts),
// FREEPROCCACHE/FREESYSTEMCACHE/DROPCLEANBUFFERS/TRACEON/TRACEOFF/TRACESTATUS (dbcc-server.ts);
// every other command stays 40510 (not supported).
// DBCC INPUTBUFFER ( session_id [ , request_id ] ) [ WITH NO_INFOMSGS ]
// ("DBCC INPUTBUFFER (Transact-SQL)"): the last request the session's client sent, as EventType
// nvarchar(30), Parameters smallint, EventInfo nvarchar(4000), then message 2528. Any session
// for sysadmins (VIEW SERVER STATE), one's own session for everybody else. Refusals: 2583 (no or
// too many arguments), 2560 (not a number), 2532 (a WITH option other than NO_INFOMSGS), 7955 (no
// such session), 7960 (no such request).
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { DbccStatement, Expr } from '../../tsql/ast';
import type { SqlValue } from '../../types/values';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { precededBy } from '../interpreter/preceding-errors';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';
import { liveSessions } from '../security/session-registry';
import { inputBufferRow } from '../session/request-text';
import type { InputEvent } from '../session/session-activity';
import { checkDb, checkTable } from './dbcc-check';
import { shrinkDb, shrinkFile } from './dbcc-files';
import { dropCleanBuffers, freeCaches, traceOnOff, traceStatus } from './dbcc-server';
import { openTran, userOptions } from './dbcc-session-info';
import { executeSqlPerf } from './dbcc-sqlperf';
import { notSupported } from './not-supported';

const INPUT_BUFFER_COLUMNS: readonly ResultColumn[] = [
  { name: 'EventType', type: { kind: 'nvarchar', length: 30 }, nullable: true },
  { name: 'Parameters', type: { kind: 'smallint' }, nullable: true },
  { name: 'EventInfo', type: { kind: 'nvarchar', length: 4000 }, nullable: true },
];
const EVENT_INFO_LENGTH = 4000;

export function executeDbcc(stmt: DbccStatement, scope: Scope): void | Promise<void> {
  switch (stmt.command) {
    case 'INPUTBUFFER': return inputBuffer(stmt, scope);
    case 'SQLPERF': return executeSqlPerf(stmt, scope);
    case 'CHECKDB': return checkDb(stmt, scope);
    case 'CHECKTABLE': return checkTable(stmt, scope);
    case 'SHRINKDATABASE': return shrinkDb(stmt, scope);
    case 'SHRINKFILE': return shrinkFile(stmt, scope);
    case 'OPENTRAN': return openTran(stmt, scope);
    case 'USEROPTIONS': return userOptions(stmt, scope);
    case 'FREEPROCCACHE':
    case 'FREESYSTEMCACHE': return freeCaches(stmt, scope);
    case 'DROPCLEANBUFFERS': return dropCleanBuffers(stmt, scope);
    case 'TRACEON':
    case 'TRACEOFF': return traceOnOff(stmt, scope);
    case 'TRACESTATUS': return traceStatus(stmt, scope);
    default: return notSupported(stmt);
  }
}

/** An integer argument; anything else is 2560 "Parameter n is incorrect for this DBCC statement." */
function intArg(e: Expr | undefined, position: number, scope: Scope): number {
  if (e === undefined) return 0;
  const v = unwrapVariant(evaluate(e, { scope })).value;
  const n = typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string' ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || (typeof v === 'string' && v.trim() === '')) throw sqlError(2560, position);
  return n;
}

function inputBuffer(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length < 1 || stmt.args.length > 2) throw sqlError(2583);
  if (stmt.options.some((o) => o !== 'NO_INFOMSGS')) throw sqlError(2532);
  const spid = intArg(stmt.args[0], 1, scope);
  const requestId = intArg(stmt.args[1], 2, scope);
  const own = spid === scope.session.originalLogin.spid;
  if (!own && !scope.session.isSysadmin) {
    throw precededBy(sqlError(297), sqlError(300, 'VIEW SERVER STATE', 'server', 'master'));
  }
  const session = liveSessions(scope.engine).find((s) => s.originalLogin.spid === spid);
  if (!session) throw sqlError(7955, spid);
  // msxd runs one request per session (no MARS): request 0 is the only one
  if (requestId !== 0) throw sqlError(7960, spid, requestId);
  const sink = scope.run.sink;
  sink.columns(INPUT_BUFFER_COLUMNS);
  sink.row(eventRow(session.activity.input));
  sink.statementDone({ command: 'select', ...(scope.session.nocount ? {} : { rowCount: 1 }), inProc: scope.frame.inProc });
  scope.session.rowCount = 1;
  if (!stmt.options.includes('NO_INFOMSGS')) {
    const m = sqlError(2528);
    sink.message(new SqlError(m.number, m.severity, m.state, m.message, scope.frame.procName, stmt.line));
  }
}

function eventRow(input: InputEvent | undefined): SqlValue[] {
  const [type, parameters, info] = inputBufferRow(input);
  return [type, parameters, info.slice(0, EVENT_INFO_LENGTH)];
}
