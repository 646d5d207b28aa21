// The multiserver benchmark's measurements: a polling window (master CPU per poll from /proc,
// round trips), sp_help_targetserver latency, a job targeted at many targets, percentiles.
import { cpuTimeMs, rssKb } from '../../test/helpers/proc-stats';
import type { NodeHandle } from '../../test/helpers/start-node';
import { batch, ok, type Session } from '../../test/helpers/tedious-session';
import type { PollStats, TargetSimulator } from './target-simulator';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface PollWindow {
  readonly label: string;
  readonly seconds: number;
  readonly polls: number;
  readonly errors: number;
  readonly masterCpuMs: number;
  /** the benchmark process (the simulated targets) over the same window */
  readonly simulatorCpuMs: number;
  readonly rssKb: number;
  readonly roundTripP50: number;
  readonly roundTripP99: number;
  readonly connectP50: number;
  readonly lastError: string | undefined;
}

export function cpuPerPollMs(w: PollWindow): number {
  return w.polls === 0 ? NaN : w.masterCpuMs / w.polls;
}

/** polls of a running simulator over `seconds`: the master's CPU (utime + stime), round trips, RSS */
export function pollWindow(label: string, master: NodeHandle, sim: TargetSimulator, seconds: number): Promise<PollWindow> {
  return pollWindows(label, master, [sim], seconds);
}

/** simulated targets polling: in this process (a TargetSimulator) or in worker processes (SimWorkers) */
export interface PollSource {
  takeStats(): PollStats | Promise<PollStats>;
  /** utime + stime (ms) of the worker processes holding the targets; absent: they run in this process */
  cpuTimeMs?(): number;
}

function workersCpuMs(sources: readonly PollSource[]): number {
  return sources.reduce((sum, s) => sum + (s.cpuTimeMs?.() ?? 0), 0);
}

/** the same over several simulators polling one master; simulator CPU = this process + worker processes */
export async function pollWindows(label: string, master: NodeHandle, sources: readonly PollSource[], seconds: number): Promise<PollWindow> {
  const pid = master.pid ?? 0;
  await Promise.all(sources.map((s) => s.takeStats()));
  const cpu0 = cpuTimeMs(pid) ?? NaN;
  const self0 = process.cpuUsage();
  const workers0 = workersCpuMs(sources);
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const cpu1 = cpuTimeMs(pid) ?? NaN;
  const self = process.cpuUsage(self0);
  const workers = workersCpuMs(sources) - workers0;
  const elapsed = (performance.now() - t0) / 1000;
  const all = await Promise.all(sources.map((s) => s.takeStats()));
  const s = {
    polls: all.reduce((n, x) => n + x.polls, 0), errors: all.reduce((n, x) => n + x.errors, 0),
    roundTripsMs: all.flatMap((x) => x.roundTripsMs), connectsMs: all.flatMap((x) => x.connectsMs),
    lastError: all.map((x) => x.lastError).find((e) => e !== undefined),
  };
  return {
    label, seconds: elapsed, polls: s.polls, errors: s.errors, masterCpuMs: cpu1 - cpu0,
    simulatorCpuMs: (self.user + self.system) / 1000 + workers, rssKb: rssKb(pid) ?? NaN,
    roundTripP50: percentile(s.roundTripsMs, 50), roundTripP99: percentile(s.roundTripsMs, 99),
    connectP50: percentile(s.connectsMs, 50), lastError: s.lastError,
  };
}

export interface Latency {
  readonly rows: number;
  readonly p50Ms: number;
  readonly maxMs: number;
  readonly masterCpuMs: number;
}

/** `sp_help_targetserver` (every target) `runs` times on one sa session: client-side latency, master CPU per call */
export async function helpTargetServer(sa: Session, master: NodeHandle, runs: number): Promise<Latency> {
  const times: number[] = [];
  let rows = 0;
  const cpu0 = cpuTimeMs(master.pid ?? 0) ?? NaN;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const o = ok(await batch(sa, 'EXEC msdb.dbo.sp_help_targetserver'));
    times.push(performance.now() - t0);
    rows = o.sets[0]?.rows.length ?? 0;
  }
  const cpu = (cpuTimeMs(master.pid ?? 0) ?? NaN) - cpu0;
  return { rows, p50Ms: percentile(times, 50), maxMs: Math.max(...times), masterCpuMs: cpu / runs };
}

async function createJob(sa: Session, name: string): Promise<string> {
  const created = ok(await batch(sa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'${name}', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'one', @subsystem = N'TSQL', @command = N'SELECT 1';
SELECT CONVERT(nvarchar(36), @id);`));
  return String(created.sets.at(-1)?.rows[0]?.[0]).toUpperCase();
}

/** sp_add_jobserver (which posts INSERT) for each of `targets` on a new job: ms per call */
export async function addJobServerCost(sa: Session, name: string, targets: readonly string[]): Promise<number> {
  const jobId = await createJob(sa, name);
  const t0 = performance.now();
  for (const t of targets) ok(await batch(sa, `EXEC msdb.dbo.sp_add_jobserver @job_id = N'${jobId}', @server_name = N'${t}';`));
  return (performance.now() - t0) / targets.length;
}

/**
 * A one-step TSQL job targeted at `targets`: the sysjobservers rows sp_add_jobserver @automatic_post
 * = 0 would write, inserted by sa 500 at a time (sp_add_jobserver reads all of the job's targets at
 * each call), then one sp_post_msx_operation 'INSERT' posting the job to all of them (which also
 * wakes their waiting connections). Returns the job_id and that post's duration.
 */
export async function jobForTargets(sa: Session, name: string, targets: readonly string[]): Promise<{ jobId: string; postMs: number }> {
  const jobId = await createJob(sa, name);
  for (let i = 0; i < targets.length; i += 500) {
    const names = targets.slice(i, i + 500).map((t) => `N'${t}'`).join(', ');
    ok(await batch(sa, `INSERT INTO msdb.dbo.sysjobservers (job_id, server_id, last_run_outcome, last_outcome_message, last_run_date, last_run_time, last_run_duration)
SELECT N'${jobId}', server_id, 5, NULL, 0, 0, 0 FROM msdb.dbo.systargetservers WHERE server_name IN (${names});`));
  }
  ok(await batch(sa, `UPDATE msdb.dbo.sysjobs SET category_id = 2 WHERE job_id = N'${jobId}';`));
  const t0 = performance.now();
  ok(await batch(sa, `EXEC msdb.dbo.sp_post_msx_operation @operation = 'INSERT', @object_type = 'JOB', @job_id = N'${jobId}';`));
  return { jobId, postMs: performance.now() - t0 };
}

export interface StartSpread {
  readonly targets: number;
  /** targets that started the job within the timeout */
  readonly reached: number;
  /** sp_start_job's own duration (posting one START row per target) */
  readonly postMs: number;
  /** from the start of the sp_start_job call; a target not reached counts as never */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly masterCpuMs: number;
}

/** sp_start_job on `jobId`, then the time until each target has applied START (from the call's start) */
export async function startToAll(sa: Session, master: NodeHandle, sim: TargetSimulator, jobId: string, targets: number, timeoutMs: number): Promise<StartSpread> {
  const cpu0 = cpuTimeMs(master.pid ?? 0) ?? NaN;
  const t0 = Date.now();
  ok(await batch(sa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  const postMs = Date.now() - t0;
  const times = await sim.waitForStarted(jobId, targets, timeoutMs, t0).catch(() => sim.startedAt(jobId, t0));
  const cpu = (cpuTimeMs(master.pid ?? 0) ?? NaN) - cpu0;
  const all = [...times.map((t) => t - t0), ...Array.from({ length: targets - times.length }, () => Infinity)];
  return { targets, reached: times.length, postMs, p50Ms: percentile(all, 50), p99Ms: percentile(all, 99), maxMs: Math.max(...all), masterCpuMs: cpu };
}

/** waits until every target has downloaded the job or `timeoutMs` passes; how long and how many */
export async function waitDownloaded(sim: TargetSimulator, jobId: string, count: number, timeoutMs: number): Promise<{ ms: number; downloaded: number }> {
  const t0 = Date.now();
  while (sim.downloadedCount(jobId) < count && Date.now() - t0 < timeoutMs) await sleep(200);
  return { ms: Date.now() - t0, downloaded: sim.downloadedCount(jobId) };
}

/** waits until `count` waiting connections are parked at the master or `timeoutMs` passes; how many are */
export async function waitWaiting(sim: TargetSimulator, count: number, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  while (sim.waitingStats().parked < count && Date.now() - t0 < timeoutMs) await sleep(200);
  return sim.waitingStats().parked;
}
