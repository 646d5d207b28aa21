// TDS bulk load (INSERT BULK + one BULK_LOAD message, MS-TDS 2.2.6.1): tedious' execBulkLoad of
// 100,000 sysjobhistory-like rows (13 columns: int, uniqueidentifier, sysname, nvarchar(4000),
// ...) into an empty table with a primary key, on one clear-text connection, ROUNDS times (a fresh
// table each round). Reported: rows per second (wall clock, client included) and the node's own
// CPU per 1,000 rows (user + system from /proc), the median of the rounds, and the node's peak
// resident memory during the loads (the message streams: it is never held whole). Bounded: each
// load has a request timeout, ROUNDS is fixed.
import { readFileSync } from 'node:fs';
import type { Connection } from 'tedious';
import { cpuTimeMs } from '../test/helpers/proc-stats';
import { startNode, type NodeHandle } from '../test/helpers/start-node';
import { batch, close, connect, ok, TYPES, type Session } from '../test/helpers/tedious-session';
import { CREATE_TABLE } from './tables';

const ROWS = 100_000;
const ROUNDS = 3;
const LOAD_TIMEOUT_MS = 180_000;
const DATABASE = 'msxdbulk';

const COLUMNS: readonly [string, unknown, object][] = [
  ['instance_id', TYPES.Int, {}], ['job_id', TYPES.UniqueIdentifier, {}], ['step_id', TYPES.Int, {}],
  ['step_name', TYPES.NVarChar, { length: 128 }], ['sql_message_id', TYPES.Int, {}], ['sql_severity', TYPES.Int, {}],
  ['message', TYPES.NVarChar, { length: 4000, nullable: true }], ['run_status', TYPES.Int, {}], ['run_date', TYPES.Int, {}],
  ['run_time', TYPES.Int, {}], ['run_duration', TYPES.Int, {}], ['retries_attempted', TYPES.Int, {}],
  ['server', TYPES.NVarChar, { length: 128 }],
];

const JOB_IDS = Array.from({ length: 50 }, (_, j) => `${(0x1000_0000 + j).toString(16)}-89ab-4def-8123-456789abcdef`.toUpperCase());

/** row i (1-based), as the sysjobhistory-like table of bench/tables.ts has it */
function historyRow(i: number): unknown[] {
  return [
    i, JOB_IDS[i % JOB_IDS.length], i % 4, `step ${i % 4}`, 0, 0,
    i % 10 === 0 ? 'The step failed.' : 'Executed as user: NT SERVICE\\SQLSERVERAGENT. The step succeeded.',
    i % 10 === 0 ? 0 : 1, 20250101 + (Math.floor(i / 8400) % 12) * 100 + (Math.floor(i / 300) % 28),
    (i % 24) * 10000 + ((i * 7) % 60) * 100 + ((i * 13) % 60), i % 600, 0, 'MSXDBENCH',
  ];
}

function* rows(): Generator<unknown[]> {
  for (let i = 1; i <= ROWS; i++) yield historyRow(i);
}

function load(conn: Connection): Promise<number> {
  return new Promise((resolve, reject) => {
    const bulk = conn.newBulkLoad('dbo.hist', {}, (error, rowCount) => (error ? reject(error) : resolve(rowCount ?? 0)));
    for (const [name, type, o] of COLUMNS) bulk.addColumn(name, type as never, { nullable: false, ...o });
    bulk.setTimeout(LOAD_TIMEOUT_MS);
    conn.execBulkLoad(bulk, rows() as never);
  });
}

/** resident set size high-water mark of a process (VmHWM), in MiB */
function peakRssMiB(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface Round {
  readonly seconds: number;
  readonly cpuMs: number | undefined;
}

async function round(node: NodeHandle, s: Session): Promise<Round> {
  ok(await batch(s, 'IF OBJECT_ID(N\'dbo.hist\') IS NOT NULL DROP TABLE dbo.hist'));
  ok(await batch(s, CREATE_TABLE));
  const cpu0 = cpuTimeMs(node.pid ?? 0);
  const t0 = process.hrtime.bigint();
  const count = await load(s.conn);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu1 = cpuTimeMs(node.pid ?? 0);
  if (count !== ROWS) throw new Error(`bulk load reported ${count} rows, expected ${ROWS}`);
  const stored = ok(await batch(s, 'SELECT COUNT(*) FROM dbo.hist')).sets[0]?.rows[0]?.[0];
  if (stored !== ROWS) throw new Error(`table holds ${String(stored)} rows after the load, expected ${ROWS}`);
  return { seconds, cpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
}

const mib = (v: number | undefined): string => (v === undefined ? 'n/a' : `${v.toFixed(0)} MiB`);

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBulk(log: (line: string) => void): Promise<string> {
  const node = await startNode({ name: 'MSXDBULKBENCH', args: ['--no-agent'] });
  const rounds: Round[] = [];
  let peak: number | undefined;
  let before: number | undefined;
  try {
    const s = await connect(node, { requestTimeoutMs: LOAD_TIMEOUT_MS, packetSize: 8192 });
    try {
      ok(await batch(s, `CREATE DATABASE ${DATABASE}`));
      ok(await batch(s, `USE ${DATABASE}`));
      before = peakRssMiB(node.pid ?? 0);
      for (let r = 0; r < ROUNDS; r++) {
        const result = await round(node, s);
        rounds.push(result);
        log(`bulk load round ${r + 1}: ${ROWS} rows in ${result.seconds.toFixed(2)} s, node CPU ${result.cpuMs?.toFixed(0) ?? '?'} ms`);
      }
    } finally {
      await close(s);
    }
    peak = peakRssMiB(node.pid ?? 0);
  } finally {
    await node.stop();
  }
  const rowsPerSecond = median(rounds.map((r) => ROWS / r.seconds));
  const cpus = rounds.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
  const cpuPer1000 = cpus.length > 0 ? `${((median(cpus) / ROWS) * 1000).toFixed(1)} ms` : 'n/a';
  return [
    '## Bulk load (INSERT BULK + BULK_LOAD), tedious execBulkLoad, 1 connection, clear',
    '',
    `${ROWS.toLocaleString('en-US')} sysjobhistory-like rows (13 columns, primary key) into an empty table in one bulk message,`,
    `packet size 8192; median of ${ROUNDS} rounds; node CPU (user + system) from /proc; peak RSS is the node's VmHWM`,
    'before the first load and after the last (the message is streamed, so the loads add little).',
    '',
    '| rows per load | rows per second | node CPU per 1,000 rows | node CPU per load | node peak RSS before / after |',
    '|---:|---:|---:|---:|---:|',
    `| ${ROWS} | ${rowsPerSecond.toFixed(0)} | ${cpuPer1000} | ${cpus.length > 0 ? `${median(cpus).toFixed(0)} ms` : 'n/a'} | ` +
      `${mib(before)} / ${mib(peak)} |`,
  ].join('\n');
}
