// One benchmark figure: a prepared workload run for a fixed time after a warm-up, with the node's
// own CPU time (utime + stime from /proc). Shared by run.ts (round trips, logins) and tables.ts
// (T-SQL over a user table).
//
// The measured time is cut into WINDOWS windows and a figure is the median of its windows. On this
// kind of machine (a small VM, client and node on the same 2 cores) the node's CPU per request
// depends on how it is woken: a single 5 s window of the same code gave 57, 98, 62 and 128 µs per
// SELECT 1 in one evening, and one disturbed second moved a whole figure. The median of five
// windows, printed with the lowest and highest, shows both the figure and how steady it was.
import { cpuTimeMs } from '../test/helpers/proc-stats';
import type { NodeHandle } from '../test/helpers/start-node';

export const FIGURE_SECONDS = Number(process.env['MSXD_BENCH_SECONDS'] ?? 5);
const WINDOWS = 5;
// The first second of a figure measures V8 warming up (≈144 µs per SELECT 1, then 55-65), so
// warm up for 2 s before the measured windows.
const WARM_UP_MS = 2_000;

/** One measured window of a figure. */
export interface Window {
  readonly operations: number;
  readonly seconds: number;
  readonly serverCpuMs: number | undefined;
  /** this (benchmark) process's user + system CPU over the window: the tedious client's work */
  readonly clientCpuMs: number;
}

export interface Figure {
  readonly name: string;
  readonly tls: boolean;
  /** totals over every window */
  readonly operations: number;
  readonly seconds: number;
  readonly serverCpuMs: number | undefined;
  readonly errors: number;
  readonly windows: readonly Window[];
}

export interface RunResult {
  readonly operations: number;
  readonly errors: number;
}

export interface Prepared {
  run(until: number): Promise<RunResult>;
  cleanup(): Promise<void>;
}

/** Runs `prepared` for FIGURE_SECONDS (in WINDOWS windows) after a warm-up (JIT, TLS, page cache, plan caches). */
export async function measurePrepared(node: NodeHandle, name: string, tls: boolean, prepared: Prepared): Promise<Figure> {
  try {
    await prepared.run(Date.now() + WARM_UP_MS);
    const pid = node.pid ?? 0;
    const windows: Window[] = [];
    let errors = 0;
    for (let w = 0; w < WINDOWS; w++) {
      const cpuBefore = cpuTimeMs(pid);
      const clientBefore = process.cpuUsage();
      const started = Date.now();
      const result = await prepared.run(started + (FIGURE_SECONDS * 1000) / WINDOWS);
      const seconds = (Date.now() - started) / 1000;
      const cpuAfter = cpuTimeMs(pid);
      const clientCpuMs = clientMs(process.cpuUsage(clientBefore));
      const serverCpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      windows.push({ operations: result.operations, seconds, serverCpuMs, clientCpuMs });
      errors += result.errors;
    }
    return { name, tls, errors, windows, ...totals(windows) };
  } finally {
    await prepared.cleanup();
  }
}

function totals(windows: readonly Window[]): Pick<Figure, 'operations' | 'seconds' | 'serverCpuMs'> {
  let operations = 0;
  let seconds = 0;
  let serverCpuMs: number | undefined = 0;
  for (const w of windows) {
    operations += w.operations;
    seconds += w.seconds;
    serverCpuMs = serverCpuMs === undefined || w.serverCpuMs === undefined ? undefined : serverCpuMs + w.serverCpuMs;
  }
  return { operations, seconds, serverCpuMs };
}

/** A process.cpuUsage() delta in ms. */
export function clientMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** Repeats `operation` until the deadline; an operation that resolves false or throws is an error. */
export async function loop(until: number, operation: (i: number) => Promise<boolean>): Promise<RunResult> {
  let operations = 0;
  let errors = 0;
  for (let i = 0; Date.now() < until; i++) {
    try {
      if (await operation(i)) operations++;
      else errors++;
    } catch {
      errors++;
    }
  }
  return { operations, errors };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Operations per second: the median of the windows. */
export function perSecond(f: Figure): number {
  return median(f.windows.map((w) => w.operations / w.seconds));
}

/** Node CPU per successful operation in each window, in µs; empty when /proc was unavailable. */
function windowMicros(f: Figure): number[] {
  const micros: number[] = [];
  for (const w of f.windows) {
    if (w.serverCpuMs === undefined) return [];
    if (w.operations > 0) micros.push((w.serverCpuMs * 1000) / w.operations);
  }
  return micros;
}

/** Node CPU per successful operation in µs (median of the windows), undefined when /proc was unavailable. */
export function cpuMicrosPerOp(f: Figure): number | undefined {
  const micros = windowMicros(f);
  return micros.length === 0 ? undefined : median(micros);
}

/** The client's (this process's) CPU per successful operation in µs, median of the windows. */
export function clientMicrosPerOp(f: Figure): number {
  return median(f.windows.filter((w) => w.operations > 0).map((w) => (w.clientCpuMs * 1000) / w.operations));
}

/** As formatCpu, for the client's CPU. */
export function formatClientCpu(f: Figure): string {
  return formatMicros(f.windows.filter((w) => w.operations > 0).map((w) => (w.clientCpuMs * 1000) / w.operations));
}

/** "48 µs (45-60)": the median of the windows, then the lowest and highest window. */
export function formatCpu(f: Figure): string {
  return formatMicros(windowMicros(f));
}

function formatMicros(micros: readonly number[]): string {
  if (micros.length === 0) return 'n/a';
  const digits = Math.max(...micros) >= 10 ? 0 : 1;
  return `${median(micros).toFixed(digits)} µs (${Math.min(...micros).toFixed(digits)}-${Math.max(...micros).toFixed(digits)})`;
}
