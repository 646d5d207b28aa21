// A ratio between two workloads measured in alternating windows on one connection: round k runs
// the baseline for one window, then the other workload for one window, and gives one ratio of each
// kind; the figure is the median round. Measured one after the other (five windows of one, then
// five of the other, as measurePrepared does), a ratio mixes two moments of this VM, whose speed
// moves by 2-3x within minutes (a profile of the same load showed 22 µs for one SQLite read, and
// 5 µs a few minutes later); paired windows compare the two workloads at the same moment.
import { cpuTimeMs } from '../test/helpers/proc-stats';
import type { NodeHandle } from '../test/helpers/start-node';
import { loop, median } from './measure';

export const PAIRED_ROUNDS = 7;
const WINDOW_MS = 1_000;
const WARM_UP_MS = 2_000;

type Operation = (i: number) => Promise<boolean>;

/** The ratios of one round: workload / baseline. */
interface Round {
  readonly time: number;
  readonly cpu: number | undefined;
}

export interface PairedRatio {
  readonly rounds: readonly Round[];
  readonly errors: number;
}

interface WindowResult {
  readonly microsPerOp: number;
  readonly cpuMicrosPerOp: number | undefined;
  readonly errors: number;
}

async function window(pid: number, operation: Operation): Promise<WindowResult> {
  const cpuBefore = cpuTimeMs(pid);
  const started = performance.now();
  const result = await loop(Date.now() + WINDOW_MS, operation);
  const micros = (performance.now() - started) * 1000;
  const cpuAfter = cpuTimeMs(pid);
  const ops = Math.max(1, result.operations);
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1000) / ops;
  return { microsPerOp: micros / ops, cpuMicrosPerOp: cpu, errors: result.errors };
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
    const cpu = base.cpuMicrosPerOp === undefined || other.cpuMicrosPerOp === undefined ? undefined
      : other.cpuMicrosPerOp / base.cpuMicrosPerOp;
    rounds.push({ time: other.microsPerOp / base.microsPerOp, cpu });
  }
  return { rounds, errors };
}

/** "1.42x (1.35-1.51)": the median round, then the lowest and highest */
function spread(values: readonly number[]): string {
  if (values.length === 0) return 'n/a';
  return `${median(values).toFixed(2)}x (${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)})`;
}

export function pairedLine(label: string, p: PairedRatio): string {
  const cpu = p.rounds.every((r) => r.cpu !== undefined) ? p.rounds.map((r) => r.cpu as number) : [];
  const errors = p.errors === 0 ? '' : ` (${p.errors} errors)`;
  return `| ${label}${errors} | ${spread(p.rounds.map((r) => r.time))} | ${spread(cpu)} |`;
}
