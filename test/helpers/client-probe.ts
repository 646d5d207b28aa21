// Runs independent SQL Server clients (FreeTDS, ODBC, jTDS, Perl, Python) against a node and
// collects their verdicts. Each probe program prints "@@RESULT\tname\tPASS|FAIL|SKIP\tdetail"
// lines; everything else it prints is kept for the failure message.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './repo-root';
import type { NodeHandle } from './start-node';

export interface ProbeResult {
  readonly name: string;
  readonly status: 'PASS' | 'FAIL' | 'SKIP';
  readonly detail: string;
}

export interface ProbeRun {
  readonly results: ProbeResult[];
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const PROBE_TIMEOUT_S = 10;

/** Path of the probe sources (test/clients), which tsc does not copy into dist/. */
export function clientsDir(): string {
  return path.join(repoRoot(), 'test', 'clients');
}

/** Absolute path of an executable on PATH (or an absolute path that is executable), else undefined. */
export function which(command: string): string | undefined {
  const candidates = command.includes('/') ? [command]
    : (process.env['PATH'] ?? '').split(':').filter((d) => d !== '').map((d) => path.join(d, command));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/** Whether Debian's /usr/bin/python3 can import `module` (the Debian python3-* packages live there). */
export function pythonHas(module: string): boolean {
  if (which('/usr/bin/python3') === undefined) return false;
  return spawnSync('/usr/bin/python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
}

export function perlHas(module: string): boolean {
  if (which('perl') === undefined) return false;
  return spawnSync('perl', [`-M${module}`, '-e', '1'], { stdio: 'ignore' }).status === 0;
}

const ODBC_DRIVER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so',
  '/usr/lib/aarch64-linux-gnu/odbc/libtdsodbc.so',
  '/usr/lib/odbc/libtdsodbc.so',
];

export function freetdsOdbcDriver(): string | undefined {
  return ODBC_DRIVER_PATHS.find((p) => existsSync(p));
}

/**
 * Writes freetds.conf (sections h74 and h71), odbcinst.ini and odbc.ini into a fresh folder and
 * returns the environment that points FreeTDS and unixODBC at them, so nothing in /etc is used.
 */
export function freetdsEnvironment(node: Pick<NodeHandle, 'host' | 'port'>, encrypt: boolean): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msxd-freetds-'));
  const server = (version: string): string =>
    `  host = ${node.host}\n  port = ${node.port}\n  tds version = ${version}\n`;
  writeFileSync(path.join(dir, 'freetds.conf'), [
    '[global]',
    '  client charset = UTF-8',
    `  connect timeout = ${PROBE_TIMEOUT_S}`,
    `  timeout = ${PROBE_TIMEOUT_S}`,
    `  encryption = ${encrypt ? 'require' : 'off'}`,
    '[h74]', server('7.4'),
    '[h71]', server('7.1'),
  ].join('\n'));
  const driver = freetdsOdbcDriver();
  if (driver !== undefined) {
    writeFileSync(path.join(dir, 'odbcinst.ini'), `[FreeTDS]\nDescription = FreeTDS\nDriver = ${driver}\n`);
    writeFileSync(path.join(dir, 'odbc.ini'), '[h74]\nDriver = FreeTDS\nServername = h74\n');
  }
  return {
    FREETDSCONF: path.join(dir, 'freetds.conf'),
    ODBCSYSINI: dir,
    ODBCINI: path.join(dir, 'odbc.ini'),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  };
}

/** Environment every probe program reads its connection settings from. */
export function probeEnvironment(node: Pick<NodeHandle, 'host' | 'port' | 'saPassword'>, encrypt: boolean): Record<string, string> {
  return {
    MSXD_HOST: node.host,
    MSXD_PORT: String(node.port),
    MSXD_USER: 'sa',
    MSXD_PASSWORD: node.saPassword,
    MSXD_ENCRYPT: encrypt ? '1' : '0',
    MSXD_TIMEOUT: String(PROBE_TIMEOUT_S),
  };
}

/** Environment without FreeTDS overrides that would silently win over the generated config. */
function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['TDSVER', 'TDSHOST', 'TDSPORT', 'TDSDUMP']) delete env[key];
  return env;
}

/** Runs `command args`, feeding `input` to stdin, and parses its @@RESULT lines. */
export function runProbe(command: string, args: readonly string[], env: Record<string, string>,
  opts: { timeoutMs?: number; input?: string; cwd?: string } = {}): Promise<ProbeRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: cleanEnvironment(env), cwd: opts.cwd ?? clientsDir(), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    const timer = setTimeout(() => {
      stderr += `\n[killed by the test after ${opts.timeoutMs ?? 120_000} ms]`;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.on('error', (err) => { stderr += `\n[spawn failed: ${err.message}]`; });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ results: parseResults(stdout), exitCode, stdout, stderr });
    });
  });
}

export function parseResults(stdout: string): ProbeResult[] {
  const results: ProbeResult[] = [];
  for (const line of stdout.split('\n')) {
    const [marker, name, status, ...detail] = line.replace(/\r$/, '').split('\t');
    if (marker !== '@@RESULT' || name === undefined) continue;
    if (status !== 'PASS' && status !== 'FAIL' && status !== 'SKIP') continue;
    results.push({ name, status, detail: detail.join(' ') });
  }
  return results;
}

/** A human-readable account of a probe run, for assertion messages. */
export function explain(run: ProbeRun, name: string): string {
  const r = run.results.find((x) => x.name === name);
  const verdict = r === undefined ? `no @@RESULT line for '${name}'` : `${r.status}: ${r.detail}`;
  return `${verdict}\n--- exit code ${run.exitCode}\n--- stdout (tail)\n${tailOf(run.stdout)}\n--- stderr (tail)\n${tailOf(run.stderr)}`;
}

function tailOf(text: string): string {
  return text.split('\n').slice(-25).join('\n');
}
