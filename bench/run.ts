// msxd benchmark: a real node as a child process, driven by tedious over loopback.
// Figures: SELECT 1 round trips per second on 1 and on 16 connections, and connect + login +
// SELECT 1 + close per second, each in clear text and with TLS; for each, the node's own CPU time
// per operation (utime + stime of the child from /proc, before/after, divided by operations).
// Bounded: each figure runs for FIGURE_SECONDS, the whole run stops itself after HARD_LIMIT_MS.
//
//   npm run bench                       print the table
//   node dist/bench/run.js --out FILE   also write it (markdown) to FILE
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { cpuTimeMs } from '../test/helpers/proc-stats';
import { measureParser, renderParseFigures } from './parse';
import { repoRoot } from '../test/helpers/repo-root';
import { startNode, type NodeHandle } from '../test/helpers/start-node';
import { batch, close, connect, type ConnectOptions, type Session } from '../test/helpers/tedious-session';

const FIGURE_SECONDS = Number(process.env['MSXD_BENCH_SECONDS'] ?? 5);
const HARD_LIMIT_MS = 180_000;

interface Figure {
  readonly name: string;
  readonly tls: boolean;
  readonly operations: number;
  readonly seconds: number;
  readonly serverCpuMs: number | undefined;
  readonly errors: number;
}

interface Prepared {
  run(until: number): Promise<{ operations: number; errors: number }>;
  cleanup(): Promise<void>;
}

/** Sets up (connections are opened outside the measured window), then runs until a deadline. */
type Workload = (node: NodeHandle, options: ConnectOptions) => Promise<Prepared>;

const selectOn = (connections: number): Workload => async (node, options) => {
  const sessions = await Promise.all(Array.from({ length: connections }, () => connect(node, options)));
  return {
    async run(until) {
      let operations = 0;
      let errors = 0;
      await Promise.all(sessions.map(async (s) => {
        while (Date.now() < until) {
          const o = await batch(s, 'SELECT 1');
          if (o.error !== undefined || o.sets[0]?.rows[0]?.[0] !== 1) errors++;
          else operations++;
        }
      }));
      return { operations, errors };
    },
    async cleanup() {
      await Promise.all(sessions.map((s) => close(s)));
    },
  };
};

const connectLoginSelectClose: Workload = async (node, options) => ({
  async run(until) {
    let operations = 0;
    let errors = 0;
    while (Date.now() < until) {
      try {
        const s: Session = await connect(node, options);
        const o = await batch(s, 'SELECT 1');
        await close(s);
        if (o.error !== undefined) errors++;
        else operations++;
      } catch {
        errors++;
      }
    }
    return { operations, errors };
  },
  cleanup: async () => undefined,
});

const WORKLOADS: ReadonlyArray<[name: string, workload: Workload]> = [
  ['SELECT 1, 1 connection', selectOn(1)],
  ['SELECT 1, 16 connections', selectOn(16)],
  ['connect + login + SELECT 1 + close', connectLoginSelectClose],
];

async function measure(node: NodeHandle, name: string, workload: Workload, tls: boolean): Promise<Figure> {
  const options: ConnectOptions = tls ? { encrypt: true, trustServerCertificate: true } : { encrypt: false };
  const prepared = await workload(node, options);
  try {
    // A short warm-up (JIT, TLS session set-up, page cache) so the figure reflects steady state.
    await prepared.run(Date.now() + 300);
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

function commit(): string {
  try {
    const cwd = repoRoot();
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return dirty ? `${hash} (+ uncommitted changes in src/)` : hash;
  } catch {
    return 'unknown';
  }
}

function render(figures: readonly Figure[]): string {
  const cpu = os.cpus();
  const lines = [
    `Machine: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ` +
      `${os.type()} ${os.release()}; Node ${process.version}`,
    `Date: ${new Date().toISOString()}; commit ${commit()}; ${FIGURE_SECONDS} s per figure, client (tedious) and node on the same machine`,
    '',
    '| workload | transport | operations | per second | node CPU per operation | errors |',
    '|---|---|---:|---:|---:|---:|',
    ...figures.map((f) => {
      const perSecond = (f.operations / f.seconds).toFixed(0);
      const cpuPerOp = f.serverCpuMs === undefined || f.operations === 0 ? 'n/a' : `${((f.serverCpuMs * 1000) / f.operations).toFixed(0)} µs`;
      return `| ${f.name} | ${f.tls ? 'TLS' : 'clear'} | ${f.operations} | ${perSecond} | ${cpuPerOp} | ${f.errors} |`;
    }),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const hardStop = setTimeout(() => {
    process.stderr.write(`benchmark exceeded ${HARD_LIMIT_MS} ms, stopping\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

  const node = await startNode({ name: 'MSXDBENCH' });
  const figures: Figure[] = [];
  try {
    for (const tls of [false, true]) {
      for (const [name, workload] of WORKLOADS) {
        const figure = await measure(node, name, workload, tls);
        figures.push(figure);
        process.stderr.write(`${name} (${tls ? 'TLS' : 'clear'}): ${figure.operations} ops in ${figure.seconds.toFixed(1)} s\n`);
      }
    }
  } finally {
    await node.stop();
  }
  const table = `${render(figures)}\n\n${renderParseFigures(measureParser())}`;
  process.stdout.write(`${table}\n`);
  if (out !== undefined) writeFileSync(out, `# msxd benchmark results\n\n${table}\n`);
  clearTimeout(hardStop);
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
