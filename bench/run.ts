// msxd benchmark: a real node as a child process, driven by tedious over loopback.
// Figures: SELECT 1 round trips per second on 1 and on 16 connections, and connect + login +
// SELECT 1 + close per second, each in clear text and with TLS; for each, the node's own CPU time
// per operation (utime + stime of the child from /proc, before/after, divided by operations);
// then T-SQL over a 100,000-row user table (tables.ts) and the in-process parser (parse.ts).
// The node runs with --no-agent. Bounded: each figure runs for FIGURE_SECONDS, the whole run stops itself after HARD_LIMIT_MS.
//
//   npm run bench                       print the table
//   node dist/bench/run.js --only core  only the named sections (comma-separated); opt-in sections
//                                       (bulk) run only when named here
//   node dist/bench/run.js --out FILE   also write it (markdown) to FILE
import { execFileSync } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIGURE_SECONDS, formatCpu, measurePrepared, perSecond, type Figure, type Prepared } from './measure';
import { benchAgent } from './agent';
import { benchBulk } from './bulk';
import { measureParser, renderParseFigures } from './parse';
import { benchMultiserver } from './multiserver';
import { benchRoundTrip } from './round-trip';
import { measureTables, renderTables } from './tables';
import { repoRoot } from '../test/helpers/repo-root';
import { startNode, type NodeHandle } from '../test/helpers/start-node';
import { batch, close, connect, type ConnectOptions, type Session } from '../test/helpers/tedious-session';

/** the whole run stops itself after this, whatever a section does (the multiserver aim run alone takes ~3 min) */
const HARD_LIMIT_MS = 1_500_000;

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

/** `clients` loops in parallel, each: new connection + login + SELECT 1 + close. */
const connectLoginSelectClose = (clients: number): Workload => async (node, options) => ({
  async run(until) {
    let operations = 0;
    let errors = 0;
    await Promise.all(Array.from({ length: clients }, async () => {
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
    }));
    return { operations, errors };
  },
  cleanup: async () => undefined,
});

const WORKLOADS: ReadonlyArray<[name: string, workload: Workload]> = [
  ['SELECT 1, 1 connection', selectOn(1)],
  ['SELECT 1, 16 connections', selectOn(16)],
  ['connect + login + SELECT 1 + close, 1 client', connectLoginSelectClose(1)],
  ['connect + login + SELECT 1 + close, 16 clients', connectLoginSelectClose(16)],
];

async function measure(node: NodeHandle, name: string, workload: Workload, tls: boolean): Promise<Figure> {
  const options: ConnectOptions = tls ? { encrypt: true, trustServerCertificate: true } : { encrypt: false };
  return measurePrepared(node, name, tls, await workload(node, options));
}

function commit(): string {
  try {
    // the real checkout, also when the compiled tree sits elsewhere with a symlinked package.json
    const cwd = path.dirname(realpathSync(path.join(repoRoot(), 'package.json')));
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
    `Date: ${new Date().toISOString()}; commit ${commit()}; ${FIGURE_SECONDS} s per figure in 5 windows ` +
      '(per second and node CPU: median of the windows, lowest-highest window in brackets), client (tedious) and node on the same machine',
    '',
    '| workload | transport | operations | per second | node CPU per operation | errors |',
    '|---|---|---:|---:|---:|---:|',
    ...figures.map((f) => {
      return `| ${f.name} | ${f.tls ? 'TLS' : 'clear'} | ${f.operations} | ${perSecond(f).toFixed(0)} | ${formatCpu(f)} | ${f.errors} |`;
    }),
  ];
  return lines.join('\n');
}

/** One part of the report: starts what it needs, stops it, returns a markdown section. */
interface Section {
  readonly name: string;
  run(log: (line: string) => void): Promise<string>;
  /** runs only when --only names it */
  readonly optIn?: boolean;
}

async function protocolAndTables(log: (line: string) => void): Promise<string> {
  // Without the Agent, so its pollers do not add to the node's CPU time over the measured windows.
  const node = await startNode({ name: 'MSXDBENCH', args: ['--no-agent'] });
  const figures: Figure[] = [];
  let tables = '';
  try {
    for (const tls of [false, true]) {
      for (const [name, workload] of WORKLOADS) {
        const figure = await measure(node, name, workload, tls);
        figures.push(figure);
        log(`${name} (${tls ? 'TLS' : 'clear'}): ${figure.operations} ops in ${figure.seconds.toFixed(1)} s`);
      }
    }
    tables = renderTables(await measureTables(node, log));
  } finally {
    await node.stop();
  }
  return `${render(figures)}\n\n${tables}\n\n${renderParseFigures(measureParser())}`;
}

const SECTIONS: readonly Section[] = [
  { name: 'core', run: protocolAndTables },
  { name: 'roundtrip', run: benchRoundTrip },
  { name: 'agent', run: benchAgent },
  { name: 'multiserver', run: benchMultiserver },
  { name: 'bulk', run: benchBulk, optIn: true },
];

function selectedSections(): readonly Section[] {
  const onlyIndex = process.argv.indexOf('--only');
  if (onlyIndex < 0) return SECTIONS.filter((s) => s.optIn !== true);
  const wanted = new Set((process.argv[onlyIndex + 1] ?? '').split(','));
  const chosen = SECTIONS.filter((s) => wanted.has(s.name));
  if (chosen.length === 0) throw new Error(`--only takes a comma-separated list of: ${SECTIONS.map((s) => s.name).join(', ')}`);
  return chosen;
}

async function main(): Promise<void> {
  const sections = selectedSections();
  const hardStop = setTimeout(() => {
    process.stderr.write(`benchmark exceeded ${HARD_LIMIT_MS} ms, stopping\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
  const log = (line: string): void => { process.stderr.write(`${line}\n`); };

  const parts: string[] = [];
  for (const section of sections) {
    log(`== ${section.name}`);
    parts.push(await section.run(log));
  }
  const table = parts.join('\n\n');
  process.stdout.write(`${table}\n`);
  if (out !== undefined) writeFileSync(out, `# msxd benchmark results\n\n${table}\n`);
  clearTimeout(hardStop);
}

main().catch((err: unknown) => {
  process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
