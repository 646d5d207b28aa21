// The node's own CPU per `SELECT 1` round trip seen without a heavy client: a raw TDS client
// (hand-built PRELOGIN, LOGIN7 and SQL batch packets, test/helpers/tds-bytes.ts) that sends the
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

interface Row {
  readonly name: string;
  readonly perSecond: number;
  readonly userMicros: number;
  readonly systemMicros: number;
}

/** MS-TDS 2.2.6.7: ALL_HEADERS (a transaction descriptor header, no transaction) + UCS-2 text */
function batchPacket(text: string): Buffer {
  const headers = Buffer.alloc(22);
  headers.writeUInt32LE(22, 0); // TotalLength
  headers.writeUInt32LE(18, 4); // HeaderLength
  headers.writeUInt16LE(2, 8); // HeaderType: transaction descriptor
  headers.writeUInt32LE(1, 18); // OutstandingRequestCount (descriptor bytes 10..17 stay 0)
  return packet(SQL_BATCH, Buffer.concat([headers, Buffer.from(text, 'utf16le')]));
}

function cpuSplitMs(pid: number): [user: number, system: number] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [(Number(fields[11]) * 1000) / CLOCK_TICKS_PER_SECOND, (Number(fields[12]) * 1000) / CLOCK_TICKS_PER_SECOND];
}

async function login(node: NodeHandle): Promise<RawClient> {
  const c = await rawConnect(node.host, node.port);
  c.socket.setNoDelay(true);
  c.socket.write(packet(0x12, preloginPayload()));
  await c.readMessage(10_000);
  c.socket.write(packet(0x10, login7Payload('sa', node.saPassword)));
  await c.readMessage(10_000);
  c.socket.removeAllListeners('data');
  return c;
}

/** Round trips until `until`; a response is complete when a packet with EOM arrives. */
function roundTrips(c: RawClient, request: Buffer, until: number, waitMs: number): Promise<number> {
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
      c.socket.write(request);
    };
    c.socket.on('data', onData);
    c.socket.write(request);
  });
}

async function measure(node: NodeHandle, name: string, waitMs: number): Promise<Row> {
  const c = await login(node);
  try {
    const request = batchPacket('SELECT 1');
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

export async function benchRoundTrip(log: (line: string) => void): Promise<string> {
  const node = await startNode({ name: 'MSXDRTT', args: ['--no-agent'] });
  const rows: Row[] = [];
  try {
    if (cpuTimeMs(node.pid ?? 0) === undefined) return '## SELECT 1 round trips, raw TDS client\n\n(/proc unavailable: no figures)';
    for (const [name, wait] of [['at once', 0], [`paced (${PACED_WAIT_MS} ms between requests)`, PACED_WAIT_MS]] as const) {
      const row = await measure(node, name, wait);
      rows.push(row);
      log(`round trip ${name}: ${(row.userMicros + row.systemMicros).toFixed(1)} µs node CPU per request`);
    }
  } finally {
    await node.stop();
  }
  return [
    '## SELECT 1 round trips, raw TDS client, 1 connection, clear',
    '',
    `A hand-built TDS client (no tedious); ${WARM_UP_MS / 1000} s warm-up, ${WINDOW_MS / 1000} s window; node CPU from /proc.`,
    '',
    '| client | round trips per second | node CPU per request | of which user | of which system |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.perSecond.toFixed(0)} | ${(r.userMicros + r.systemMicros).toFixed(1)} µs | ` +
      `${r.userMicros.toFixed(1)} µs | ${r.systemMicros.toFixed(1)} µs |`),
  ].join('\n');
}
