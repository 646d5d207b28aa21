// The node's own CPU per round trip seen without a heavy client, for `SELECT 1` and for a point
// SELECT by key sent as RPC sp_executesql (issue 3: at most 1.5x SELECT 1): a raw TDS client
// (hand-built PRELOGIN, LOGIN7, SQL batch and RPC packets, test/helpers/tds-bytes.ts) that sends the
// next request as soon as the response's last packet arrives ("at once"), and the same client
// sleeping 0.2 ms between requests ("paced", Atomics.wait: the node sleeps between requests as
// it does behind tedious, but the pace does not depend on the client's own CPU). tedious costs
// several times the node's CPU per request, so on a shared machine its figures swing with the
// load; these two swing much less and show what the node's request path costs (user + system
// time of the node process from /proc, split).
import { cpuTimeMs } from '../test/helpers/proc-stats';
import { startNode, type NodeHandle } from '../test/helpers/start-node';
import { login7Payload, packet, preloginPayload, rawConnect, type RawClient } from '../test/helpers/tds-bytes';
import { readFileSync } from 'node:fs';

const WARM_UP_MS = 1_500;
const WINDOW_MS = 4_000;
const PACED_WAIT_MS = 0.2;
const CLOCK_TICKS_PER_SECOND = 100;
const STATUS_EOM = 0x01;
const SQL_BATCH = 0x01;
const RPC = 0x03;
/** MS-TDS 2.2.6.6 ProcID of sp_executesql */
const SP_EXECUTESQL = 10;
const TOKEN_COLMETADATA = 0x81;
const TOKEN_ERROR = 0xaa;
const POINT_ROWS = 1_000;
const POINT_DATABASE = 'msxdrtt';
const POINT_STATEMENT = 'SELECT v FROM dbo.t WHERE id = @id';
const POINT_DECLARATION = '@id int';
/** Latin1_General_CI_AS (LCID 0x0409, CI, AS, KS/WS off, sort id 52), the collation tedious sends */
const COLLATION = Buffer.from([0x09, 0x04, 0xd0, 0x00, 0x34]);
// One table of POINT_ROWS rows (three cross-joined digit tables), created once per node.
const POINT_SETUP = [
  `CREATE DATABASE ${POINT_DATABASE}`,
  `USE ${POINT_DATABASE}; CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v int NOT NULL);
WITH d AS (SELECT v FROM (VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)) AS x(v))
INSERT INTO dbo.t (id, v) SELECT a.v + 10 * b.v + 100 * c.v + 1, a.v * 7 FROM d AS a CROSS JOIN d AS b CROSS JOIN d AS c`,
];

interface Row {
  readonly name: string;
  readonly perSecond: number;
  readonly userMicros: number;
  readonly systemMicros: number;
}

/** MS-TDS 2.2.5.3: ALL_HEADERS with one transaction descriptor header (no transaction) */
function allHeaders(): Buffer {
  const headers = Buffer.alloc(22);
  headers.writeUInt32LE(22, 0); // TotalLength
  headers.writeUInt32LE(18, 4); // HeaderLength
  headers.writeUInt16LE(2, 8); // HeaderType: transaction descriptor
  headers.writeUInt32LE(1, 18); // OutstandingRequestCount (descriptor bytes 10..17 stay 0)
  return headers;
}

/** MS-TDS 2.2.6.7: ALL_HEADERS + UCS-2 text */
function batchPacket(text: string): Buffer {
  return packet(SQL_BATCH, Buffer.concat([allHeaders(), Buffer.from(text, 'utf16le')]));
}

/** MS-TDS 2.2.6.6 ParameterData: B_VARCHAR name, StatusFlags 0, NVARCHAR(4000) TYPE_INFO, USHORT-length value */
function nvarcharParam(name: string, value: string): Buffer {
  const data = Buffer.from(value, 'utf16le');
  const head = Buffer.alloc(1 + name.length * 2 + 4);
  head.writeUInt8(name.length, 0);
  head.write(name, 1, 'utf16le');
  let at = 1 + name.length * 2;
  head.writeUInt8(0, at++); // StatusFlags
  head.writeUInt8(0xe7, at++); // NVARCHARTYPE
  head.writeUInt16LE(8000, at); // max length in bytes
  const length = Buffer.alloc(2);
  length.writeUInt16LE(data.length, 0);
  return Buffer.concat([head, COLLATION, length, data]);
}

/** ParameterData for an INTN(4) value */
function intParam(name: string, value: number): Buffer {
  const b = Buffer.alloc(1 + name.length * 2 + 8);
  b.writeUInt8(name.length, 0);
  b.write(name, 1, 'utf16le');
  let at = 1 + name.length * 2;
  b.writeUInt8(0, at++); // StatusFlags
  b.writeUInt8(0x26, at++); // INTNTYPE
  b.writeUInt8(4, at++); // TYPE_VARLEN
  b.writeUInt8(4, at++); // value length
  b.writeInt32LE(value, at);
  return b;
}

/** MS-TDS 2.2.6.6: sp_executesql by ProcID (NameLenProcID 0xFFFF), as tedious sends it */
function pointRpcPacket(id: number): Buffer {
  const call = Buffer.alloc(6);
  call.writeUInt16LE(0xffff, 0);
  call.writeUInt16LE(SP_EXECUTESQL, 2);
  call.writeUInt16LE(0, 4); // OptionFlags
  return packet(RPC, Buffer.concat([allHeaders(), call, nvarcharParam('@statement', POINT_STATEMENT),
    nvarcharParam('@params', POINT_DECLARATION), intParam('@id', id)]));
}

function cpuSplitMs(pid: number): [user: number, system: number] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [(Number(fields[11]) * 1000) / CLOCK_TICKS_PER_SECOND, (Number(fields[12]) * 1000) / CLOCK_TICKS_PER_SECOND];
}

/** Sends one request and returns the response's payload (before the round trips take the socket). */
async function exchange(c: RawClient, request: Buffer): Promise<Buffer> {
  c.socket.write(request);
  const { payload } = await c.readMessage(60_000);
  if (payload[0] === TOKEN_ERROR) throw new Error(`request failed: ${payload.toString('hex', 0, 64)}`);
  return payload;
}

async function login(node: NodeHandle, setup: readonly Buffer[]): Promise<RawClient> {
  const c = await rawConnect(node.host, node.port);
  c.socket.setNoDelay(true);
  await exchange(c, packet(0x12, preloginPayload()));
  await exchange(c, packet(0x10, login7Payload('sa', node.saPassword)));
  for (const request of setup) await exchange(c, request);
  c.socket.removeAllListeners('data');
  return c;
}

/** Round trips until `until`; a response is complete when a packet with EOM arrives. */
function roundTrips(c: RawClient, request: (i: number) => Buffer, until: number, waitMs: number): Promise<number> {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  return new Promise((resolve) => {
    let n = 0;
    let pending: Buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let eom = false;
      while (pending.length >= 8 && pending.length >= pending.readUInt16BE(2)) {
        eom = ((pending[1] ?? 0) & STATUS_EOM) !== 0;
        pending = pending.subarray(pending.readUInt16BE(2));
      }
      if (!eom) return;
      n++;
      if (Date.now() >= until) {
        c.socket.off('data', onData);
        resolve(n);
        return;
      }
      if (waitMs > 0) Atomics.wait(cell, 0, 0, waitMs);
      c.socket.write(request(n));
    };
    c.socket.on('data', onData);
    c.socket.write(request(n));
  });
}

interface Workload {
  readonly name: string;
  /** requests sent once on the connection before the figure (their responses must not be errors) */
  readonly setup: readonly Buffer[];
  readonly request: (i: number) => Buffer;
}

const selectOne = batchPacket('SELECT 1');
/** request i asks for a key spread over the table; keys of the first 1,000 requests are prebuilt */
const pointRequests = Array.from({ length: POINT_ROWS }, (_, i) => pointRpcPacket(((i * 7919) % POINT_ROWS) + 1));

const WORKLOADS: readonly Workload[] = [
  { name: 'SELECT 1 (SQL batch)', setup: [], request: () => selectOne },
  {
    name: 'point SELECT by key (RPC sp_executesql, `@id int`)',
    setup: [batchPacket(`USE ${POINT_DATABASE}`)],
    request: (i) => pointRequests[i % POINT_ROWS] ?? selectOne,
  },
];

async function measure(node: NodeHandle, workload: Workload, name: string, waitMs: number): Promise<Row> {
  const c = await login(node, workload.setup);
  try {
    const request = workload.request;
    await roundTrips(c, request, Date.now() + WARM_UP_MS, waitMs);
    const pid = node.pid ?? 0;
    const [u0, s0] = cpuSplitMs(pid);
    const started = Date.now();
    const n = await roundTrips(c, request, started + WINDOW_MS, waitMs);
    const seconds = (Date.now() - started) / 1000;
    const [u1, s1] = cpuSplitMs(pid);
    return { name, perSecond: n / seconds, userMicros: ((u1 - u0) * 1000) / n, systemMicros: ((s1 - s0) * 1000) / n };
  } finally {
    c.socket.destroy();
  }
}

/** Creates the point-query table and checks that the RPC answers with a result set. */
async function preparePointTable(node: NodeHandle): Promise<void> {
  const c = await rawConnect(node.host, node.port);
  try {
    await exchange(c, packet(0x12, preloginPayload()));
    await exchange(c, packet(0x10, login7Payload('sa', node.saPassword)));
    for (const text of POINT_SETUP) await exchange(c, batchPacket(text));
    const response = await exchange(c, pointRpcPacket(42));
    if (response[0] !== TOKEN_COLMETADATA) throw new Error(`point RPC: no result set (${response.toString('hex', 0, 64)})`);
  } finally {
    c.socket.destroy();
  }
}

export async function benchRoundTrip(log: (line: string) => void): Promise<string> {
  const node = await startNode({ name: 'MSXDRTT', args: ['--no-agent'] });
  const rows: Row[] = [];
  try {
    if (cpuTimeMs(node.pid ?? 0) === undefined) return '## Round trips, raw TDS client\n\n(/proc unavailable: no figures)';
    await preparePointTable(node);
    for (const workload of WORKLOADS) {
      for (const [pace, wait] of [['at once', 0], [`paced (${PACED_WAIT_MS} ms between requests)`, PACED_WAIT_MS]] as const) {
        const row = await measure(node, workload, `${workload.name}, ${pace}`, wait);
        rows.push(row);
        log(`round trip ${row.name}: ${(row.userMicros + row.systemMicros).toFixed(1)} µs node CPU per request`);
      }
    }
  } finally {
    await node.stop();
  }
  return [
    '## Round trips, raw TDS client, 1 connection, clear',
    '',
    `A hand-built TDS client (no tedious); ${WARM_UP_MS / 1000} s warm-up, ${WINDOW_MS / 1000} s window; node CPU from /proc.`,
    `The point query is \`${POINT_STATEMENT}\` over a ${POINT_ROWS}-row table, sent as tedious sends it`,
    '(RPC sp_executesql by ProcID, NVARCHAR statement and declaration, INTN parameter; a different key each time).',
    'Issue 3 aims at a point query costing at most 1.5x a SELECT 1 round trip.',
    '',
    '| request | round trips per second | node CPU per request | of which user | of which system |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.perSecond.toFixed(0)} | ${(r.userMicros + r.systemMicros).toFixed(1)} µs | ` +
      `${r.userMicros.toFixed(1)} µs | ${r.systemMicros.toFixed(1)} µs |`),
  ].join('\n');
}
