// Thin promise layer over tedious (a real, independent TDS client) for the integration tests.
// Requests never reject for SQL errors: the outcome carries every ERROR/INFO token the server sent,
// so tests can assert numbers, classes, states and line numbers, not just "it threw".
import { Connection, Request, TYPES, type ConnectionConfiguration } from 'tedious';
import type { NodeHandle } from './start-node';

export { TYPES };

export interface ServerMessage {
  readonly number: number;
  readonly state: number;
  readonly class: number;
  readonly message: string;
  readonly serverName: string;
  readonly procName: string;
  readonly lineNumber: number;
}

export interface Column {
  readonly name: string;
  /** SQL Server type name derived from TYPE_INFO, e.g. 'int', 'nvarchar(max)', 'decimal(38,4)' */
  readonly sqlType: string;
  /** tedious' own type name, e.g. 'IntN' */
  readonly tdsType: string;
}

export interface ResultSet {
  readonly columns: Column[];
  readonly rows: unknown[][];
}

export interface Outcome {
  readonly sets: ResultSet[];
  readonly infos: ServerMessage[];
  readonly errors: ServerMessage[];
  /** the error tedious reported for the request (last ERROR token, timeout or cancel) */
  readonly error: (Error & { code?: string; number?: number; class?: number; lineNumber?: number }) | undefined;
  /** row counts from DONE/DONEINPROC tokens that carried a count */
  readonly rowCounts: number[];
  readonly outputs: Record<string, unknown>;
  readonly returnStatus: number | undefined;
}

export interface ConnectOptions {
  readonly user?: string;
  readonly password?: string;
  readonly encrypt?: boolean | 'strict';
  readonly trustServerCertificate?: boolean;
  readonly ca?: string;
  readonly serverName?: string;
  readonly requestTimeoutMs?: number;
  readonly connectTimeoutMs?: number;
  readonly tdsVersion?: string;
  readonly database?: string;
  readonly packetSize?: number;
  /** LOGIN7 application name (PROGRAM_NAME()); tedious's default otherwise */
  readonly appName?: string;
}

export interface Session {
  readonly conn: Connection;
  /** messages received outside any request (login INFO tokens, for example) */
  readonly loginInfos: ServerMessage[];
  readonly loginErrors: ServerMessage[];
}

interface Collector {
  infos: ServerMessage[];
  errors: ServerMessage[];
}

const collectors = new WeakMap<Connection, Collector>();

export function connectionConfig(node: Pick<NodeHandle, 'host' | 'port' | 'saPassword'>, o: ConnectOptions = {}): ConnectionConfiguration {
  const encrypt = o.encrypt ?? false;
  return {
    server: o.serverName ?? node.host,
    authentication: { type: 'default', options: { userName: o.user ?? 'sa', password: o.password ?? node.saPassword } },
    options: {
      port: node.port,
      encrypt,
      trustServerCertificate: o.trustServerCertificate ?? (o.ca === undefined),
      ...(o.ca !== undefined ? { cryptoCredentialsDetails: { ca: o.ca } } : {}),
      connectTimeout: o.connectTimeoutMs ?? 10_000,
      requestTimeout: o.requestTimeoutMs ?? 30_000,
      tdsVersion: o.tdsVersion ?? '7_4',
      ...(o.database !== undefined ? { database: o.database } : {}),
      ...(o.packetSize !== undefined ? { packetSize: o.packetSize } : {}),
      ...(o.appName !== undefined ? { appName: o.appName } : {}),
    },
  };
}

/** Connects and logs in; rejects with tedious' error, with the server's ERROR tokens attached. */
export function connect(node: Pick<NodeHandle, 'host' | 'port' | 'saPassword'>, o: ConnectOptions = {}): Promise<Session> {
  return new Promise((resolve, reject) => {
    const conn = new Connection(connectionConfig(node, o));
    const collector: Collector = { infos: [], errors: [] };
    collectors.set(conn, collector);
    conn.on('infoMessage', (m) => collector.infos.push(toMessage(m)));
    conn.on('errorMessage', (m) => collector.errors.push(toMessage(m)));
    // tedious emits 'error' for failures after login (socket reset); tests observe those through requests.
    conn.on('error', () => undefined);
    conn.connect((err) => {
      const loginInfos = collector.infos.splice(0);
      const loginErrors = collector.errors.splice(0);
      if (err) {
        conn.close();
        reject(Object.assign(err, { serverErrors: loginErrors }));
        return;
      }
      resolve({ conn, loginInfos, loginErrors });
    });
  });
}

export function close(session: Session): Promise<void> {
  return new Promise((resolve) => {
    if (session.conn.closed) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, 2000);
    session.conn.once('end', () => {
      clearTimeout(timer);
      resolve();
    });
    session.conn.close();
  });
}

export type Param = readonly [name: string, type: (typeof TYPES)[keyof typeof TYPES], value: unknown, options?: { output?: boolean; length?: number; precision?: number; scale?: number }];

type How = 'execSqlBatch' | 'execSql' | 'callProcedure';

function run(session: Session, how: How, text: string, params: readonly Param[] = []): Promise<Outcome> {
  return new Promise((resolve) => {
    const collector = collectors.get(session.conn);
    if (collector === undefined) throw new Error('session was not opened by connect()');
    collector.infos = [];
    collector.errors = [];
    const sets: ResultSet[] = [];
    const rowCounts: number[] = [];
    const outputs: Record<string, unknown> = {};
    let returnStatus: number | undefined;
    const request = new Request(text, (err) => {
      resolve({ sets, infos: collector.infos, errors: collector.errors, error: err ?? undefined, rowCounts, outputs, returnStatus });
    });
    for (const [name, type, value, opts] of params) {
      const typeOptions = {
        ...(opts?.length !== undefined ? { length: opts.length } : {}),
        ...(opts?.precision !== undefined ? { precision: opts.precision } : {}),
        ...(opts?.scale !== undefined ? { scale: opts.scale } : {}),
      };
      if (opts?.output === true) request.addOutputParameter(name, type, value, typeOptions);
      else request.addParameter(name, type, value, typeOptions);
    }
    request.on('columnMetadata', (columns) => {
      const list = Array.isArray(columns) ? columns : Object.values(columns);
      sets.push({
        columns: list.map((c) => ({ name: c.colName, sqlType: sqlTypeName(c), tdsType: c.type.name })),
        rows: [],
      });
    });
    request.on('row', (columns) => {
      const list = Array.isArray(columns) ? columns : Object.values(columns);
      sets[sets.length - 1]?.rows.push(list.map((c: { value: unknown }) => c.value));
    });
    const onDone = (rowCount: number | undefined): void => {
      if (rowCount !== undefined) rowCounts.push(rowCount);
    };
    request.on('done', onDone);
    request.on('doneInProc', onDone);
    request.on('returnValue', (name, value) => {
      outputs[name] = value;
    });
    request.on('doneProc', (_rowCount, _more, status) => {
      returnStatus = status;
    });
    session.conn[how](request);
  });
}

export const batch = (s: Session, sql: string): Promise<Outcome> => run(s, 'execSqlBatch', sql);
/** RPC sp_executesql (ProcID 10), the way tedious sends parameterised statements */
export const execSql = (s: Session, sql: string, params: readonly Param[] = []): Promise<Outcome> => run(s, 'execSql', sql, params);
/** RPC by procedure name */
export const callProcedure = (s: Session, name: string, params: readonly Param[] = []): Promise<Outcome> =>
  run(s, 'callProcedure', name, params);

/** Cancels the running request (sends ATTENTION). */
export function cancel(session: Session): boolean {
  return session.conn.cancel();
}

/** The outcome's first value of the first row of the first result set. */
export function scalar(o: Outcome): unknown {
  return o.sets[0]?.rows[0]?.[0];
}

/** Throws with the server's messages when the request failed, so a test shows why. */
export function ok(o: Outcome): Outcome {
  if (o.error !== undefined || o.errors.length > 0) {
    const detail = o.errors.map((e) => `Msg ${e.number}, Level ${e.class}, State ${e.state}, Line ${e.lineNumber}: ${e.message}`);
    throw new Error(`request failed: ${o.error?.message ?? ''}${detail.length > 0 ? `\n  ${detail.join('\n  ')}` : ''}`);
  }
  return o;
}

function toMessage(m: {
  number: number; state: number; class: number; message: string; serverName: string; procName: string; lineNumber: number;
}): ServerMessage {
  return {
    number: m.number, state: m.state, class: m.class, message: m.message,
    serverName: m.serverName, procName: m.procName, lineNumber: m.lineNumber,
  };
}

interface TediousColumn {
  type: { name: string };
  dataLength?: number | undefined;
  precision?: number | undefined;
  scale?: number | undefined;
}

const MAX_LENGTH = 0xffff;

/** Maps tedious' TYPE_INFO view back to the SQL Server type the server announced. */
export function sqlTypeName(c: TediousColumn): string {
  const len = c.dataLength;
  const sized = (base: string, unit: number): string =>
    len === MAX_LENGTH ? `${base}(max)` : `${base}(${len === undefined ? '?' : len / unit})`;
  switch (c.type.name) {
    case 'IntN':
      return ({ 1: 'tinyint', 2: 'smallint', 4: 'int', 8: 'bigint' } as Record<number, string>)[len ?? 0] ?? `intn(${len})`;
    case 'TinyInt': return 'tinyint';
    case 'SmallInt': return 'smallint';
    case 'Int': return 'int';
    case 'BigInt': return 'bigint';
    case 'Bit': case 'BitN': return 'bit';
    case 'Decimal': case 'DecimalN': return `decimal(${c.precision},${c.scale})`;
    case 'Numeric': case 'NumericN': return `numeric(${c.precision},${c.scale})`;
    case 'Real': return 'real';
    case 'Float': return 'float';
    case 'FloatN': return len === 4 ? 'real' : 'float';
    case 'Money': return 'money';
    case 'SmallMoney': return 'smallmoney';
    case 'MoneyN': return len === 4 ? 'smallmoney' : 'money';
    case 'DateTime': return 'datetime';
    case 'SmallDateTime': return 'smalldatetime';
    case 'DateTimeN': return len === 4 ? 'smalldatetime' : 'datetime';
    case 'Date': return 'date';
    case 'Time': return `time(${c.scale})`;
    case 'DateTime2': return `datetime2(${c.scale})`;
    case 'DateTimeOffset': return `datetimeoffset(${c.scale})`;
    case 'VarChar': return sized('varchar', 1);
    case 'Char': return sized('char', 1);
    case 'NVarChar': return sized('nvarchar', 2);
    case 'NChar': return sized('nchar', 2);
    case 'VarBinary': return sized('varbinary', 1);
    case 'Binary': return sized('binary', 1);
    case 'UniqueIdentifier': return 'uniqueidentifier';
    case 'Variant': return 'sql_variant';
    case 'Text': return 'text';
    case 'NText': return 'ntext';
    case 'Image': return 'image';
    case 'Xml': return 'xml';
    default: return c.type.name;
  }
}
