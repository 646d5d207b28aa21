// T-SQL over a real user table, on one clear-text connection: a 100,000-row sysjobhistory-like
// table in its own database, then point SELECT by key (RPC sp_executesql as client libraries send
// it; a plain batch whose literal changes every time, which simple parameterization serves from
// its first text's tree and translation; the same batch text repeated, which hits the parse and
// translation caches), a single-row UPDATE by key, and a
// TOP/WHERE/ORDER BY scan served by the index. A SELECT 1 baseline on the same connection gives the
// ratio the issue aims at (a point query at most 1.5x a SELECT 1 round trip), twice: SELECT 1 as a
// SQL batch, and SELECT 1 sent the way the point query is sent (RPC sp_executesql with the same
// `@id int` parameter), whose ratio leaves out the client library's extra work for an RPC and
// keeps what the query itself costs. Bounded: the load is one statement with a request timeout,
// each figure runs FIGURE_SECONDS.
import { cpuTimeMs } from '../test/helpers/proc-stats';
import type { NodeHandle } from '../test/helpers/start-node';
import { batch, close, connect, execSql, ok, TYPES, type Outcome, type Session } from '../test/helpers/tedious-session';
import { clientMicrosPerOp, cpuMicrosPerOp, formatClientCpu, formatCpu, loop, measurePrepared, perSecond, type Figure, type RunResult } from './measure';
import { measurePaired, PAIRED_ROUNDS, pairedBreakdown, pairedLine, type PairedRatio } from './paired';

const DATABASE = 'msxdbench';
const ROWS = 100_000;
const LOAD_TIMEOUT_MS = 120_000;
/** days of history: run_date walks 12 months of 28 days, 300 rows a day */
const ROWS_PER_DAY = 300;
const SCAN_TOP = 100;

/** the sysjobhistory-like table of the T-SQL figures, also the bulk-load target (bulk.ts) */
export const CREATE_TABLE = `CREATE TABLE dbo.hist (
  instance_id int NOT NULL PRIMARY KEY,
  job_id uniqueidentifier NOT NULL,
  step_id int NOT NULL,
  step_name sysname NOT NULL,
  sql_message_id int NOT NULL,
  sql_severity int NOT NULL,
  message nvarchar(4000) NULL,
  run_status int NOT NULL,
  run_date int NOT NULL,
  run_time int NOT NULL,
  run_duration int NOT NULL,
  retries_attempted int NOT NULL,
  server sysname NOT NULL)`;

const CREATE_INDEX = 'CREATE INDEX ix_hist_status_date ON dbo.hist (run_status, run_date, run_time)';

// Five cross-joined digit tables number the rows 1..100,000 in one INSERT ... SELECT, so the load
// is one batch and one statement. run_status 0 (failed) on every tenth row; run_date a valid
// yyyymmdd (months 1-12, days 1-28); run_time a valid hhmmss.
const LOAD = `WITH d AS (SELECT v FROM (VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)) AS t(v)),
n AS (SELECT a.v + 10 * b.v + 100 * c.v + 1000 * e.v + 10000 * f.v + 1 AS i
      FROM d AS a CROSS JOIN d AS b CROSS JOIN d AS c CROSS JOIN d AS e CROSS JOIN d AS f)
INSERT INTO dbo.hist (instance_id, job_id, step_id, step_name, sql_message_id, sql_severity, message,
  run_status, run_date, run_time, run_duration, retries_attempted, server)
SELECT i, NEWID(), i % 4, N'step ' + CAST(i % 4 AS nvarchar(10)), 0, 0,
  N'Executed as user: NT SERVICE\\SQLSERVERAGENT. The step succeeded.',
  CASE WHEN i % 10 = 0 THEN 0 ELSE 1 END,
  20250101 + (i / ${ROWS_PER_DAY * 28}) % 12 * 100 + (i / ${ROWS_PER_DAY}) % 28,
  (i % 24) * 10000 + (i * 7) % 60 * 100 + (i * 13) % 60,
  i % 600, 0, N'MSXDBENCH'
FROM n`;

const POINT_COLUMNS = 'instance_id, job_id, step_id, step_name, run_status, run_date, run_time, run_duration';
const POINT_BY_PARAMETER = `SELECT ${POINT_COLUMNS} FROM dbo.hist WHERE instance_id = @id`;
const pointByLiteral = (id: number): string => `SELECT ${POINT_COLUMNS} FROM dbo.hist WHERE instance_id = ${id}`;
const UPDATE_BY_PARAMETER = 'UPDATE dbo.hist SET run_duration = run_duration + 1 WHERE instance_id = @id';
const SCAN = `SELECT TOP (${SCAN_TOP}) instance_id, job_id, step_id, run_status, run_date, run_time, run_duration ` +
  'FROM dbo.hist WHERE run_status = 0 AND run_date >= @d ORDER BY run_date DESC, run_time DESC';

export interface LoadFigure {
  readonly rows: number;
  readonly seconds: number;
  readonly serverCpuMs: number | undefined;
}

export interface TablesResult {
  readonly load: LoadFigure;
  readonly figures: readonly Figure[];
  /** the point query (sp_executesql) against SELECT 1 (batch, and sp_executesql) in alternating windows of one connection */
  readonly paired: PairedRatio;
}

/** A key spread over the whole table, so the point operations do not sit on one page. */
const keyFor = (i: number): number => ((i * 7919) % ROWS) + 1;

/** A run_date at day k of the 336-day history; days below 250 leave at least 2,500 failed rows at or after it. */
function dateFor(i: number): number {
  const day = (i * 37) % 250;
  return 20250101 + Math.floor(day / 28) * 100 + (day % 28);
}

const onePoint = (o: Outcome, id: number): boolean =>
  o.error === undefined && o.sets[0]?.rows.length === 1 && o.sets[0].rows[0]?.[0] === id;

type Operation = (s: Session, i: number) => Promise<boolean>;

const selectOne: Operation = async (s) => {
  const o = await batch(s, 'SELECT 1');
  return o.error === undefined && o.sets[0]?.rows[0]?.[0] === 1;
};

/** SELECT 1 as the point query is sent: RPC sp_executesql, an `@id int` parameter (unused) */
const selectOneBySpExecuteSql: Operation = async (s, i) => {
  const o = await execSql(s, 'SELECT 1', [['id', TYPES.Int, keyFor(i)]]);
  return o.error === undefined && o.sets[0]?.rows[0]?.[0] === 1;
};

const pointBySpExecuteSql: Operation = async (s, i) =>
  onePoint(await execSql(s, POINT_BY_PARAMETER, [['id', TYPES.Int, keyFor(i)]]), keyFor(i));

const SELECT_ONE_RPC = 'SELECT 1, sp_executesql @id (baseline sent as the point query is)';
const POINT_RPC = 'point SELECT by key, sp_executesql @id';

const WORKLOADS: ReadonlyArray<[name: string, operation: Operation]> = [
  ['SELECT 1 (baseline, same connection)', selectOne],
  [SELECT_ONE_RPC, selectOneBySpExecuteSql],
  [POINT_RPC, pointBySpExecuteSql],
  ['point SELECT by key, batch, literal changes', async (s, i) =>
    onePoint(await batch(s, pointByLiteral(keyFor(i))), keyFor(i))],
  ['point SELECT by key, batch, same text repeated', async (s) =>
    onePoint(await batch(s, pointByLiteral(4242)), 4242)],
  ['single-row UPDATE by key, sp_executesql @id', async (s, i) => {
    const o = await execSql(s, UPDATE_BY_PARAMETER, [['id', TYPES.Int, keyFor(i)]]);
    return o.error === undefined && o.rowCounts.includes(1);
  }],
  [`TOP (${SCAN_TOP}) WHERE/ORDER BY scan, sp_executesql @d`, async (s, i) => {
    const o = await execSql(s, SCAN, [['d', TYPES.Int, dateFor(i)]]);
    return o.error === undefined && o.sets[0]?.rows.length === SCAN_TOP;
  }],
];

async function createAndLoad(node: NodeHandle): Promise<LoadFigure> {
  const admin = await connect(node, { encrypt: false });
  try {
    ok(await batch(admin, `CREATE DATABASE ${DATABASE}`));
  } finally {
    await close(admin);
  }
  const s = await connect(node, { encrypt: false, database: DATABASE, requestTimeoutMs: LOAD_TIMEOUT_MS });
  try {
    ok(await batch(s, CREATE_TABLE));
    ok(await batch(s, CREATE_INDEX));
    const pid = node.pid ?? 0;
    const cpuBefore = cpuTimeMs(pid);
    const started = Date.now();
    const loaded = ok(await batch(s, LOAD));
    const seconds = (Date.now() - started) / 1000;
    const cpuAfter = cpuTimeMs(pid);
    const count = ok(await batch(s, 'SELECT COUNT(*) FROM dbo.hist')).sets[0]?.rows[0]?.[0];
    if (count !== ROWS || !loaded.rowCounts.includes(ROWS)) {
      throw new Error(`load produced ${String(count)} rows (row counts ${loaded.rowCounts.join(', ')}), expected ${ROWS}`);
    }
    const serverCpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    return { rows: ROWS, seconds, serverCpuMs };
  } finally {
    await close(s);
  }
}

export async function measureTables(node: NodeHandle, progress: (line: string) => void): Promise<TablesResult> {
  const load = await createAndLoad(node);
  progress(`load ${load.rows} rows: ${load.seconds.toFixed(1)} s`);
  const figures: Figure[] = [];
  for (const [name, operation] of WORKLOADS) {
    const session = await connect(node, { encrypt: false, database: DATABASE });
    const figure = await measurePrepared(node, name, false, {
      run: (until): Promise<RunResult> => loop(until, (i) => operation(session, i)),
      cleanup: () => close(session),
    });
    figures.push(figure);
    progress(`${name}: ${figure.operations} ops in ${figure.seconds.toFixed(1)} s`);
  }
  const session = await connect(node, { encrypt: false, database: DATABASE });
  try {
    const paired = await measurePaired(node, [
      { label: 'SELECT 1', operation: (i) => selectOne(session, i) },
      { label: SELECT_ONE_RPC, operation: (i) => selectOneBySpExecuteSql(session, i) },
      { label: POINT_RPC, operation: (i) => pointBySpExecuteSql(session, i) },
    ]);
    progress(`paired SELECT 1 / SELECT 1 RPC / point windows: ${paired.rounds.length} rounds, ${paired.errors} errors`);
    return { load, figures, paired };
  } finally {
    await close(session);
  }
}

function ratioLine(label: string, figure: Figure | undefined, baseline: Figure | undefined): string {
  if (figure === undefined || baseline === undefined) return `| ${label} | n/a | n/a | n/a |`;
  const time = perSecond(baseline) / perSecond(figure);
  const cpu = cpuMicrosPerOp(figure);
  const baseCpu = cpuMicrosPerOp(baseline);
  const cpuRatio = cpu === undefined || baseCpu === undefined ? 'n/a' : `${(cpu / baseCpu).toFixed(2)}x`;
  const client = clientMicrosPerOp(figure) / clientMicrosPerOp(baseline);
  return `| ${label} | ${time.toFixed(2)}x | ${cpuRatio} | ${client.toFixed(2)}x |`;
}

export function renderTables(r: TablesResult): string {
  const byName = (prefix: string): Figure | undefined => r.figures.find((f) => f.name.startsWith(prefix));
  const baseline = byName('SELECT 1 (baseline');
  const rpcBaseline = byName('SELECT 1, sp_executesql');
  const loadCpu = r.load.serverCpuMs === undefined ? 'n/a' : `${(r.load.serverCpuMs / 1000).toFixed(1)} s node CPU`;
  return [
    `| T-SQL over a ${r.load.rows.toLocaleString('en-US')}-row table, 1 connection, clear | operations | per second | node CPU per operation | client (tedious) CPU per operation | errors |`,
    '|---|---:|---:|---:|---:|---:|',
    `| load: one INSERT ... SELECT of ${r.load.rows} rows (PK + 1 index) | ${r.load.rows} rows | ` +
      `${(r.load.rows / r.load.seconds).toFixed(0)} rows (${r.load.seconds.toFixed(1)} s) | ${loadCpu} | | 0 |`,
    ...r.figures.map((f) => `| ${f.name} | ${f.operations} | ${perSecond(f).toFixed(0)} | ${formatCpu(f)} | ${formatClientCpu(f)} | ${f.errors} |`),
    '',
    '| point query vs `SELECT 1` (aim: at most 1.5x) | time per operation | node CPU per operation | client CPU per operation |',
    '|---|---:|---:|---:|',
    ratioLine('sp_executesql @id, against SELECT 1 as a batch', byName(POINT_RPC), baseline),
    ratioLine('sp_executesql @id, against SELECT 1 by sp_executesql @id', byName(POINT_RPC), rpcBaseline),
    ratioLine('batch, literal changes', byName('point SELECT by key, batch, literal'), baseline),
    ratioLine('batch, same text repeated', byName('point SELECT by key, batch, same'), baseline),
    pairedLine(`sp_executesql @id against SELECT 1 as a batch, paired: ${PAIRED_ROUNDS} rounds of one window each (median round, lowest-highest)`,
      r.paired, 'SELECT 1', POINT_RPC),
    pairedLine(`sp_executesql @id against SELECT 1 by sp_executesql @id, paired: ${PAIRED_ROUNDS} rounds (median round, lowest-highest)`,
      r.paired, SELECT_ONE_RPC, POINT_RPC),
    pairedLine('(SELECT 1 by sp_executesql @id against SELECT 1 as a batch, paired: the client path alone)', r.paired, 'SELECT 1', SELECT_ONE_RPC),
    '',
    pairedBreakdown(r.paired),
  ].join('\n');
}
