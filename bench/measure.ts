// One benchmark figure: a prepared workload run for a fixed time after a short warm-up, with the
// node's own CPU time (utime + stime from /proc) over the measured window. Shared by run.ts (round
// trips, logins) and tables.ts (T-SQL over a user table).
import { cpuTimeMs } from '../test/helpers/proc-stats';
import type { NodeHandle } from '../test/helpers/start-node';

export const FIGURE_SECONDS = Number(process.env['MSXD_BENCH_SECONDS'] ?? 5);
// The first second of a figure measures V8 warming up (≈144 µs per SELECT 1, then 55-65), so
// warm up for 2 s before the measured window.
const WARM_UP_MS = 2_000;

export interface Figure {
  readonly name: string;
  readonly tls: boolean;
  readonly operations: number;
  readonly seconds: number;
  readonly serverCpuMs: number | undefined;
  readonly errors: number;
}

export interface RunResult {
  readonly operations: number;
  readonly errors: number;
}

export interface Prepared {
  run(until: number): Promise<RunResult>;
  cleanup(): Promise<void>;
}

/** Runs `prepared` for FIGURE_SECONDS after a warm-up (JIT, TLS, page cache, plan caches). */
export async function measurePrepared(node: NodeHandle, name: string, tls: boolean, prepared: Prepared): Promise<Figure> {
  try {
    await prepared.run(Date.now() + WARM_UP_MS);
    const pid = node.pid ?? 0;
    const cpuBefore = cpuTimeMs(pid);
    const started = Date.now();
    const { operations, errors } = await prepared.run(started + FIGURE_SECONDS * 1000);
    const seconds = (Date.now() - started) / 1000;
    const cpuAfter = cpuTimeMs(pid);
    const serverCpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    return { name, tls, operations, seconds, serverCpuMs, errors };
  } finally {
    await prepared.cleanup();
  }
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

export function perSecond(f: Figure): number {
  return f.operations / f.seconds;
}

/** Node CPU per successful operation in µs, undefined when /proc was unavailable. */
export function cpuMicrosPerOp(f: Figure): number | undefined {
  return f.serverCpuMs === undefined || f.operations === 0 ? undefined : (f.serverCpuMs * 1000) / f.operations;
}

export function formatCpu(f: Figure): string {
  const micros = cpuMicrosPerOp(f);
  return micros === undefined ? 'n/a' : `${micros.toFixed(0)} µs`;
}
