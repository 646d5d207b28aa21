// The node's SQL Server Agent under the load: 1,000 trivial TSQL job runs per minute on
// one node, without scheduling drift over 1 s. A real node with its agent (the default), jobs
// defined over TDS exactly as a DBA would (sp_add_job, sp_add_jobstep 'SELECT 1',
// sp_add_jobschedule, sp_add_jobserver), then a measured window: jobs started per second by the
// scheduler, history rows per second, drift, the node's CPU per job run; first the idle agent's
// cost against a node without one. Bounded: JOB_COUNT jobs, every loop has a deadline, the whole
// section stops itself after HARD_LIMIT_MS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startNode, type NodeHandle } from '../test/helpers/start-node';
import { batch, close, connect, ok, type Session } from '../test/helpers/tedious-session';

/** SQL Server's shortest sub-day interval (freq_subday_type 2, seconds) */
const INTERVAL_S = 10;
/** 167 jobs every 10 s = 1,002 runs a minute */
const JOB_COUNT = Number(process.env['MSXD_BENCH_AGENT_JOBS'] ?? 167);
const WINDOW_S = Number(process.env['MSXD_BENCH_AGENT_SECONDS'] ?? 60);
const IDLE_S = 15;
const WARM_UP_S = 10;
const JOBS_PER_BATCH = 10;
const CREATE_DEADLINE_MS = 60_000;
const HARD_LIMIT_MS = 170_000;

interface DueLine { readonly time: number; readonly driftMs: number }

interface AgentFigures {
  readonly idleAgentMsPerS: number;
  readonly idleBaseMsPerS: number;
  readonly jobs: number;
  readonly createSeconds: number;
  readonly windowSeconds: number;
  /** schedules that came due in the window (started + skipped) */
  readonly started: number;
  readonly skipped: number;
  readonly outcomes: number;
  readonly failed: number;
  readonly historyRows: number;
  readonly drift: readonly number[];
  /** job outcomes by whole seconds between the scheduled second and the recorded start */
  readonly lag: readonly { readonly seconds: number; readonly runs: number }[];
  readonly cpuMs: number;
  readonly mainThreadCpuMs: number;
}

/** utime + stime (ms) of the whole node process, or of its main thread (where JS runs). */
function cpuMs(pid: number, mainThread = false): number {
  const stat = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Main-thread CPU per second of each node over the same idle window. */
async function idleCost(nodes: readonly NodeHandle[], seconds: number): Promise<number[]> {
  const before = nodes.map((n) => cpuMs(n.pid ?? 0, true));
  const started = Date.now();
  await sleep(seconds * 1000);
  const elapsed = (Date.now() - started) / 1000;
  return nodes.map((n, i) => (cpuMs(n.pid ?? 0, true) - (before[i] ?? 0)) / elapsed);
}

function jobBatch(first: number, count: number): string {
  const lines = ['DECLARE @id uniqueidentifier;'];
  for (let i = first; i < first + count; i++) {
    const name = `bench job ${String(i).padStart(4, '0')}`;
    // the phase spreads the jobs over the 10 s: job i runs at hh:mm:(i mod 10), +10 s, ...
    const phase = i % INTERVAL_S;
    lines.push(`SET @id = NULL;
EXEC msdb.dbo.sp_add_job @job_name = N'${name}', @job_id = @id OUTPUT;
EXEC msdb.dbo.sp_add_jobstep @job_id = @id, @step_name = N'select', @subsystem = N'TSQL', @command = N'SELECT 1', @database_name = N'master';
EXEC msdb.dbo.sp_add_jobschedule @job_id = @id, @name = N'every 10 s, phase ${phase}', @freq_type = 4, @freq_interval = 1,
  @freq_subday_type = 2, @freq_subday_interval = ${INTERVAL_S}, @active_start_time = ${phase};
EXEC msdb.dbo.sp_add_jobserver @job_id = @id;`);
  }
  return lines.join('\n');
}

async function scalarInt(s: Session, sql: string): Promise<number> {
  return Number(ok(await batch(s, sql)).sets[0]?.rows[0]?.[0] ?? 0);
}

/** The agent's 'schedule due' debug lines (pino JSON on the node's stderr, kept in node.log). */
function dueLines(node: NodeHandle, from: number, to: number): { due: DueLine[]; skipped: number } {
  const due: DueLine[] = [];
  let skipped = 0;
  for (const line of readFileSync(path.join(node.workDir, 'node.log'), 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const isDue = line.includes('"agent: schedule due"');
    const isSkip = line.includes('"agent: scheduled run skipped"');
    if (!isDue && !isSkip) continue;
    const o = JSON.parse(line) as { time: number; driftMs?: number };
    if (o.time < from || o.time >= to) continue;
    if (isSkip) skipped++;
    else due.push({ time: o.time, driftMs: o.driftMs ?? 0 });
  }
  return { due, skipped };
}

async function measure(log: (line: string) => void): Promise<AgentFigures> {
  const [node, bare] = await Promise.all([
    startNode({ name: 'MSXDAGENTBENCH', env: { MSXD_LOG_LEVEL: 'debug' } }),
    startNode({ name: 'MSXDNOAGENT', args: ['--no-agent'] }),
  ]);
  try {
    await sleep(3_000);
    log(`agent bench: idle agent vs --no-agent for ${IDLE_S} s`);
    const [idleAgent = 0, idleBase = 0] = await idleCost([node, bare], IDLE_S);
    await bare.stop();

    const s = await connect(node, { encrypt: false, requestTimeoutMs: 60_000 });
    try {
      // 1,000 runs a minute write 2,000 rows a minute: SQL Server's default limits (1,000 rows,
      // 100 per job) would keep 30 s of them, so the limits are raised as a DBA would.
      ok(await batch(s, 'EXEC msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 100000, @jobhistory_max_rows_per_job = 1000'));
      const createStart = Date.now();
      let created = 0;
      while (created < JOB_COUNT && Date.now() - createStart < CREATE_DEADLINE_MS) {
        const count = Math.min(JOBS_PER_BATCH, JOB_COUNT - created);
        ok(await batch(s, jobBatch(created, count)));
        created += count;
      }
      const createSeconds = (Date.now() - createStart) / 1000;
      log(`agent bench: ${created} jobs created in ${createSeconds.toFixed(1)} s; warming up ${WARM_UP_S} s`);
      await sleep(WARM_UP_S * 1000);

      const pid = node.pid ?? 0;
      const h0 = await scalarInt(s, 'SELECT ISNULL(MAX(instance_id), 0) FROM msdb.dbo.sysjobhistory');
      const cpu0 = cpuMs(pid);
      const main0 = cpuMs(pid, true);
      const from = Date.now();
      log(`agent bench: measuring ${WINDOW_S} s`);
      await sleep(WINDOW_S * 1000);
      const to = Date.now();
      const cpuMsUsed = cpuMs(pid) - cpu0;
      const mainUsed = cpuMs(pid, true) - main0;
      const h1 = await scalarInt(s, 'SELECT ISNULL(MAX(instance_id), 0) FROM msdb.dbo.sysjobhistory');
      // Job outcomes (step 0) written in the window; run_time is the agent's start second, so
      // (seconds since midnight - phase) mod 10 is how late the run was recorded, in whole seconds.
      const lagRows = ok(await batch(s, `SELECT x.lag, COUNT(*), SUM(CASE WHEN x.run_status <> 1 THEN 1 ELSE 0 END)
FROM (SELECT h.run_status,
    ((h.run_time / 10000) * 3600 + (h.run_time / 100 % 100) * 60 + h.run_time % 100 - sc.active_start_time) % ${INTERVAL_S} AS lag
  FROM msdb.dbo.sysjobhistory AS h
  JOIN msdb.dbo.sysjobschedules AS js ON js.job_id = h.job_id
  JOIN msdb.dbo.sysschedules AS sc ON sc.schedule_id = js.schedule_id
  WHERE h.step_id = 0 AND h.instance_id > ${h0} AND h.instance_id <= ${h1}) AS x
GROUP BY x.lag ORDER BY x.lag`)).sets[0]?.rows ?? [];
      const lag = lagRows.map((r) => ({ seconds: Number(r[0]), runs: Number(r[1]), failed: Number(r[2]) }));
      const { due, skipped } = dueLines(node, from, to);
      return {
        idleAgentMsPerS: idleAgent, idleBaseMsPerS: idleBase, jobs: created, createSeconds,
        windowSeconds: (to - from) / 1000, started: due.length, skipped,
        outcomes: lag.reduce((n, l) => n + l.runs, 0), failed: lag.reduce((n, l) => n + l.failed, 0), lag,
        historyRows: h1 - h0, drift: due.map((d) => d.driftMs).sort((a, b) => a - b), cpuMs: cpuMsUsed, mainThreadCpuMs: mainUsed,
      };
    } finally {
      await close(s);
    }
  } finally {
    await Promise.all([node.stop(), bare.stop()]);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function renderAgent(f: AgentFigures): string {
  const perMin = (n: number): string => ((n / f.windowSeconds) * 60).toFixed(0);
  const perS = (n: number): string => (n / f.windowSeconds).toFixed(1);
  const runs = Math.max(f.outcomes, 1);
  const lagAt = (seconds: number): number => f.lag.find((l) => l.seconds === seconds)?.runs ?? 0;
  const maxDrift = f.drift.length === 0 ? NaN : (f.drift[f.drift.length - 1] ?? NaN);
  return [
    '## SQL Server Agent: scheduled TSQL jobs on one node',
    '',
    `A node with its own agent (the default) runs ${f.jobs} jobs defined over TDS as a DBA would ` +
      `(sp_add_job; sp_add_jobstep TSQL \`SELECT 1\` in master; sp_add_jobschedule daily, every ${INTERVAL_S} s ` +
      `(freq_subday_type 2), SQL Server's shortest sub-day interval; sp_add_jobserver). ${f.jobs} jobs every ${INTERVAL_S} s ` +
      `are the issue's 1,000 runs a minute; job *i* starts at second *i* mod ${INTERVAL_S} (active_start_time), so about ` +
      `${Math.round(f.jobs / INTERVAL_S)} runs are due each second rather than all of them in one burst. ` +
      'JobHistoryMaxRows / PerJob are raised to 100,000 / 1,000 (the defaults keep 30 s of this history). ' +
      `After creation and ${WARM_UP_S} s of warm-up, a ${f.windowSeconds.toFixed(0)} s window: starts counted from the agent's ` +
      'debug log (one line per due schedule: due time, and drift = when the agent fired it minus when it was due), ' +
      'history rows from sysjobhistory.instance_id, outcomes (step 0 rows) from sysjobhistory; node CPU is utime + stime ' +
      'of the node process (agent included: it runs in the node) from /proc over the window. ' +
      `Idle: main-thread CPU of the node with its agent and of a --no-agent node over the same ${IDLE_S} s.`,
    '',
    '| figure | value |',
    '|---|---:|',
    `| jobs started by the scheduler | ${f.started - f.skipped} (${perS(f.started - f.skipped)}/s, ${perMin(f.started - f.skipped)}/min) |`,
    `| job outcomes written (step 0) | ${f.outcomes} (${perMin(f.outcomes)}/min), ${f.failed} not succeeded |`,
    `| history rows written | ${f.historyRows} (${perS(f.historyRows)}/s) |`,
    `| scheduled runs skipped (the job's previous run still running) | ${f.skipped} of ${f.started} due |`,
    `| drift p50 / p99 / max | ${percentile(f.drift, 50).toFixed(0)} / ${percentile(f.drift, 99).toFixed(0)} / ${maxDrift.toFixed(0)} ms |`,
    `| recorded start (run_time) − scheduled second: runs at 0 / 1 / 2+ s | ${lagAt(0)} / ${lagAt(1)} / ${f.outcomes - lagAt(0) - lagAt(1)} |`,
    `| node CPU per job run (process / main thread) | ${(f.cpuMs / runs).toFixed(1)} / ${(f.mainThreadCpuMs / runs).toFixed(1)} ms |`,
    `| node CPU over the window | ${((f.cpuMs / f.windowSeconds) / 10).toFixed(0)} % of one core |`,
    `| idle: node with agent / without (main thread) | ${f.idleAgentMsPerS.toFixed(2)} / ${f.idleBaseMsPerS.toFixed(2)} ms CPU per s |`,
    `| ${f.jobs} jobs created (4 procedure calls each) | ${f.createSeconds.toFixed(1)} s |`,
  ].join('\n');
}

export async function benchAgent(log: (line: string) => void): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`agent bench exceeded ${HARD_LIMIT_MS} ms`)), HARD_LIMIT_MS);
  });
  try {
    return renderAgent(await Promise.race([measure(log), limit]));
  } finally {
    clearTimeout(timer);
  }
}
