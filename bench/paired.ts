// Ratios between workloads measured in alternating windows on one connection: round k runs each
// workload for one window, in order, and gives one ratio of each pair; a figure is the median
// round. Measured one after the other (five windows of one, then five of the other, as
// measurePrepared does), a ratio mixes two moments of this VM, whose speed moves by 2-3x within
// minutes (a profile of the same load showed 22 µs for one SQLite read, and 5 µs a few minutes
// later); windows taken in turn compare the workloads at the same moment.
import { cpuTimeMs } from '../test/helpers/proc-stats';
import type { NodeHandle } from '../test/helpers/start-node';
import { clientMs, loop, median } from './measure';

export const PAIRED_ROUNDS = 11;
const WINDOW_MS = 1_000;
const WARM_UP_MS = 2_000;

type Operation = (i: number) => Promise<boolean>;

export interface PairedWorkload {
  readonly label: string;
  readonly operation: Operation;
}

/** One round: one window of each workload, in the order given. */
type Round = readonly WindowResult[];

export interface PairedRatio {
  readonly labels: readonly string[];
  readonly rounds: readonly Round[];
  readonly errors: number;
}

interface WindowResult {
  readonly microsPerOp: number;
  /** the node's CPU */
  readonly cpuMicrosPerOp: number | undefined;
  /** this process's CPU: the tedious client's work */
  readonly clientMicrosPerOp: number;
  readonly errors: number;
}

async function window(pid: number, operation: Operation): Promise<WindowResult> {
  const cpuBefore = cpuTimeMs(pid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const result = await loop(Date.now() + WINDOW_MS, operation);
  const micros = (performance.now() - started) * 1000;
  const client = clientMs(process.cpuUsage(clientBefore));
  const cpuAfter = cpuTimeMs(pid);
  const ops = Math.max(1, result.operations);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1000) / ops;
  return { microsPerOp: micros / ops, cpuMicrosPerOp: cpu, clientMicrosPerOp: (client * 1000) / ops, errors: result.errors };
}

export async function measurePaired(node: NodeHandle, workloads: readonly PairedWorkload[]): Promise<PairedRatio> {
  const pid = node.pid ?? 0;
  for (const w of workloads) await loop(Date.now() + WARM_UP_MS / workloads.length, w.operation);
  const rounds: Round[] = [];
  let errors = 0;
  for (let r = 0; r < PAIRED_ROUNDS; r++) {
    const round: WindowResult[] = [];
    for (const w of workloads) {
      const result = await window(pid, w.operation);
      errors += result.errors;
      round.push(result);
    }
    rounds.push(round);
  }
  return { labels: workloads.map((w) => w.label), rounds, errors };
}

/** "1.42x (1.35-1.51)": the median round, then the lowest and highest */
function spread(values: readonly number[]): string {
  if (values.length === 0) return 'n/a';
  return `${median(values).toFixed(2)}x (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;
}

function indexOf(p: PairedRatio, label: string): number {
  const i = p.labels.indexOf(label);
  if (i < 0) throw new Error(`no paired workload ${label}`);
  return i;
}

/** the node's CPU per operation of workload i in every round, or nothing when /proc failed once */
function nodeCpu(p: PairedRatio, i: number): number[] {
  const values = p.rounds.map((r) => r[i]?.cpuMicrosPerOp);
  return values.every((v) => v !== undefined) ? (values as number[]) : [];
}

/** The ratio line of `other` to `base`: time, node CPU and client CPU, each as the median round (lowest-highest). */
export function pairedLine(label: string, p: PairedRatio, base: string, other: string): string {
  const b = indexOf(p, base);
  const o = indexOf(p, other);
  const errors = p.errors === 0 ? '' : ` (${p.errors} errors)`;
  const at = (r: Round, i: number): WindowResult => r[i] as WindowResult;
  const time = p.rounds.map((r) => at(r, o).microsPerOp / at(r, b).microsPerOp);
  const baseCpu = nodeCpu(p, b);
  const otherCpu = nodeCpu(p, o);
  const cpu = baseCpu.length === 0 || otherCpu.length === 0 ? [] : otherCpu.map((c, k) => c / (baseCpu[k] as number));
  const client = p.rounds.map((r) => at(r, o).clientMicrosPerOp / at(r, b).clientMicrosPerOp);
  return `| ${label}${errors} | ${spread(time)} | ${spread(cpu)} | ${spread(client)} |`;
}

const micros = (values: readonly number[]): string => (values.length === 0 ? 'n/a' : `${median(values).toFixed(0)} µs`);

/**
 * Where a round trip's time goes, per workload (median round): the time per operation, the node's
 * CPU and the client's CPU. The two CPUs and the wake-ups between the processes make the time, so
 * the point query's extra time splits into the node's extra work and the client's.
 */
export function pairedBreakdown(p: PairedRatio): string {
  return [
    '| paired rounds, per operation (median round) | time | node CPU | client (tedious) CPU |',
    '|---|---:|---:|---:|',
    ...p.labels.map((label, i) =>
      `| ${label} | ${micros(p.rounds.map((r) => (r[i] as WindowResult).microsPerOp))} | ${micros(nodeCpu(p, i))} | ` +
      `${micros(p.rounds.map((r) => (r[i] as WindowResult).clientMicrosPerOp))} |`),
  ].join('\n');
}
