// A ratio between two workloads measured in alternating windows on one connection: round k runs
// the baseline for one window, then the other workload for one window, and gives one ratio of each
// kind; the figure is the median round. Measured one after the other (five windows of one, then
// five of the other, as measurePrepared does), a ratio mixes two moments of this VM, whose speed
// moves by 2-3x within minutes (a profile of the same load showed 22 µs for one SQLite read, and
// 5 µs a few minutes later); paired windows compare the two workloads at the same moment.
import { cpuTimeMs } from '../test/helpers/proc-stats';
import type { NodeHandle } from '../test/helpers/start-node';
import { clientMs, loop, median } from './measure';

export const PAIRED_ROUNDS = 11;
const WINDOW_MS = 1_000;
const WARM_UP_MS = 2_000;

type Operation = (i: number) => Promise<boolean>;

/** One round: each workload's window, per operation. */
interface Round {
  readonly base: WindowResult;
  readonly other: WindowResult;
}

export interface PairedRatio {
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

export async function measurePaired(node: NodeHandle, baseline: Operation, workload: Operation): Promise<PairedRatio> {
  const pid = node.pid ?? 0;
  await loop(Date.now() + WARM_UP_MS / 2, baseline);
  await loop(Date.now() + WARM_UP_MS / 2, workload);
  const rounds: Round[] = [];
  let errors = 0;
  for (let r = 0; r < PAIRED_ROUNDS; r++) {
    const base = await window(pid, baseline);
    const other = await window(pid, workload);
    errors += base.errors + other.errors;
    rounds.push({ base, other });
  }
  return { rounds, errors };
}

/** "1.42x (1.35-1.51)": the median round, then the lowest and highest */
function spread(values: readonly number[]): string {
  if (values.length === 0) return 'n/a';
  return `${median(values).toFixed(2)}x (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;
}

/** the node's CPU per operation of each round's two windows, when /proc gave it for all */
function nodeCpu(p: PairedRatio): { base: number; other: number }[] {
  if (!p.rounds.every((r) => r.base.cpuMicrosPerOp !== undefined && r.other.cpuMicrosPerOp !== undefined)) return [];
  return p.rounds.map((r) => ({ base: r.base.cpuMicrosPerOp as number, other: r.other.cpuMicrosPerOp as number }));
}

/** The ratio line: time, node CPU and client CPU, each as the median round (lowest-highest). */
export function pairedLine(label: string, p: PairedRatio): string {
  const errors = p.errors === 0 ? '' : ` (${p.errors} errors)`;
  const time = p.rounds.map((r) => r.other.microsPerOp / r.base.microsPerOp);
  const cpu = nodeCpu(p).map((c) => c.other / c.base);
  const client = p.rounds.map((r) => r.other.clientMicrosPerOp / r.base.clientMicrosPerOp);
  return `| ${label}${errors} | ${spread(time)} | ${spread(cpu)} | ${spread(client)} |`;
}

const micros = (values: readonly number[]): string => (values.length === 0 ? 'n/a' : `${median(values).toFixed(0)} µs`);

/**
 * Where a round trip's time goes, per workload (median round): the time per operation, the node's
 * CPU and the client's CPU. The two CPUs and the wake-ups between the processes make the time, so
 * the point query's extra time splits into the node's extra work and the client's.
 */
export function pairedBreakdown(baseLabel: string, otherLabel: string, p: PairedRatio): string {
  const cpu = nodeCpu(p);
  const line = (label: string, pick: (r: Round) => WindowResult, nodeOf: (c: { base: number; other: number }) => number): string =>
    `| ${label} | ${micros(p.rounds.map((r) => pick(r).microsPerOp))} | ${micros(cpu.map(nodeOf))} | ` +
    `${micros(p.rounds.map((r) => pick(r).clientMicrosPerOp))} |`;
  return [
    '| paired rounds, per operation (median round) | time | node CPU | client (tedious) CPU |',
    '|---|---:|---:|---:|',
    line(baseLabel, (r) => r.base, (c) => c.base),
    line(otherLabel, (r) => r.other, (c) => c.other),
  ].join('\n');
}
