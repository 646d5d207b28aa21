// @@ variables: session counters, SET option values and server facts.
import { sqlError } from '../../errors/catalog';
import { SERVER_COLLATION } from '../../types/collation';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import { SqlDecimal } from '../../types/values';
import { MICROSOFT_VERSION } from '../../util/version';
import { cursorRows } from '../interpreter/cursors';
import { cpuBusyTicks, idleTicks, MICROSECONDS_PER_TICK } from '../process-times';
import type { Scope } from '../interpreter/scope';

const INT: SqlType = { kind: 'int' };
const SMALLINT: SqlType = { kind: 'smallint' };
const TINYINT: SqlType = { kind: 'tinyint' };
const NVARCHAR128: SqlType = { kind: 'nvarchar', length: 128 };

type Getter = (scope: Scope) => Typed;

const VARIABLES: Readonly<Record<string, Getter>> = {
  '@@ROWCOUNT': (s) => typed(INT, s.session.rowCount),
  '@@ERROR': (s) => typed(INT, s.session.lastError),
  '@@TRANCOUNT': (s) => typed(INT, s.session.transactions.trancount),
  '@@NESTLEVEL': (s) => typed(INT, s.frame.nestLevel),
  '@@SPID': (s) => typed(SMALLINT, s.session.login.spid),
  '@@IDENTITY': (s) => identity(s),
  '@@FETCH_STATUS': (s) => typed(INT, s.session.fetchStatus),
  '@@OPTIONS': (s) => typed(INT, s.session.options.bits),
  '@@LOCK_TIMEOUT': (s) => typed(INT, s.session.options.lockTimeout),
  '@@TEXTSIZE': (s) => typed(INT, s.session.options.textSize),
  '@@DATEFIRST': (s) => typed(TINYINT, s.session.options.dateFirst),
  '@@LANGUAGE': (s) => typed(NVARCHAR128, s.session.options.language),
  '@@LANGID': () => typed(SMALLINT, 0),
  '@@MAX_PRECISION': () => typed(TINYINT, 38),
  '@@MICROSOFTVERSION': () => typed(INT, MICROSOFT_VERSION),
  '@@VERSION': (s) => typed({ kind: 'nvarchar', length: 300 }, s.engine.version),
  '@@SERVERNAME': (s) => typed(NVARCHAR128, s.engine.identity.serverName),
  // The default instance's service name (SQL Server: MSSQLSERVER).
  '@@SERVICENAME': () => typed(NVARCHAR128, 'MSSQLSERVER'),
  '@@MAX_CONNECTIONS': () => typed(INT, 32767),
  '@@PROCID': () => typed(INT, 0),
  '@@CURSOR_ROWS': (s) => typed(INT, cursorRows(s)),
  '@@DBTS': () => typed({ kind: 'varbinary', length: 8 }, Buffer.alloc(8)),
  '@@REMSERVER': () => typed(NVARCHAR128, null),
  // logins attempted since the node started; CPU and idle ticks of the node's process (process-times.ts)
  '@@CONNECTIONS': (s) => typed(INT, s.engine.counters.connections),
  '@@CPU_BUSY': () => typed(INT, cpuBusyTicks()),
  '@@IDLE': (s) => typed(INT, idleTicks(s.engine.services.snapshot().engine.startedAt ?? new Date())),
  '@@IO_BUSY': () => typed(INT, 0),
  '@@PACK_RECEIVED': () => typed(INT, 0),
  '@@PACK_SENT': () => typed(INT, 0),
  '@@PACKET_ERRORS': () => typed(INT, 0),
  '@@TIMETICKS': () => typed(INT, MICROSECONDS_PER_TICK),
  '@@TOTAL_ERRORS': () => typed(INT, 0),
  '@@TOTAL_READ': () => typed(INT, 0),
  '@@TOTAL_WRITE': () => typed(INT, 0),
  '@@DEF_SORTORDER_ID': () => typed(TINYINT, SERVER_COLLATION.sortId),
};

const NUMERIC38: SqlType = { kind: 'decimal', precision: 38, scale: 0, numeric: true };

/** @@IDENTITY and SCOPE_IDENTITY() are numeric(38,0). */
export function identity(scope: Scope): Typed {
  const id = scope.session.identity;
  return typed(NUMERIC38, id === null ? null : new SqlDecimal(BigInt(id), 0));
}

export function systemVariable(name: string, scope: Scope): Typed {
  const getter = VARIABLES[name.toUpperCase()];
  if (!getter) throw sqlError(137, name);
  return getter(scope);
}
