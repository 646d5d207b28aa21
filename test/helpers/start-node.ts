// Starts a REAL msxd node as a child process for integration tests and the benchmark: the same
// command line a user runs, on port 0, with a fresh data folder. Never an in-process stand-in, so
// the tests exercise argument parsing, start-up, sockets and shutdown exactly as shipped.
//
// Each test file gets its own temporary folder (data/ + node.log). It is deleted when the test
// process exits successfully and kept (its path printed) when any test failed, for inspection.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, runningFromSources } from './repo-root';

export const TEST_SA_PASSWORD = 'Msxd-Test-Pa55word!';

export interface StartNodeOptions {
  /** --name, the node's server name (@@SERVERNAME); default MSXDTEST */
  readonly name?: string;
  /** reuse an existing data folder instead of a fresh one */
  readonly dataDir?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** extra command-line arguments after `serve ...` (for example --force-encryption) */
  readonly args?: readonly string[];
  readonly startTimeoutMs?: number;
  /** sa password put in MSXD_SA_PASSWORD; null = leave it unset, so the node generates one and
   * writes it to <data>/sa-password (read back into `saPassword` once the node listens) */
  readonly saPassword?: string | null;
}

export interface NodeHandle {
  host: string;
  port: number;
  readonly name: string;
  saPassword: string;
  readonly dataDir: string;
  /** folder holding data/ and node.log; kept when the test run fails */
  readonly workDir: string;
  /** pid of the running node, undefined when stopped */
  pid: number | undefined;
  /** SIGTERM and wait for exit (clean shutdown); resolves with the exit code */
  stop(): Promise<number | null>;
  /** SIGKILL: a crash, for durability tests */
  kill9(): Promise<void>;
  /** start again on the same data folder (a new port: host/port are updated) */
  restart(): Promise<void>;
  /** everything the node printed so far (stdout and stderr) */
  output(): string;
}

const LISTENING = /^msxd (\S+) listening on (\S+):(\d+)\s*$/m;
const DEFAULT_START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const OUTPUT_LIMIT = 200_000;

const workDirs: string[] = [];
const children = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', (code) => {
    for (const child of children) child.kill('SIGKILL');
    const failed = code !== 0 || (process.exitCode !== undefined && process.exitCode !== 0);
    for (const dir of workDirs) {
      if (failed || process.env['MSXD_KEEP_TEST_DATA'] === '1') {
        process.stderr.write(`msxd test data kept for inspection: ${dir}\n`);
      } else {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
}

/** how to run the msxd command line from here: the compiled tree, or the sources under tsx */
export function nodeCommand(): { command: string; args: string[] } {
  const root = repoRoot();
  if (runningFromSources()) {
    return { command: process.execPath, args: ['--import', 'tsx', path.join(root, 'src', 'main.ts')] };
  }
  return { command: process.execPath, args: [path.join(root, 'dist', 'src', 'main.js')] };
}

export async function startNode(options: StartNodeOptions = {}): Promise<NodeHandle> {
  installExitHook();
  const name = options.name ?? 'MSXDTEST';
  const workDir = mkdtempSync(path.join(os.tmpdir(), `msxd-${name.toLowerCase()}-`));
  workDirs.push(workDir);
  const dataDir = options.dataDir ?? path.join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const log = createWriteStream(path.join(workDir, 'node.log'), { flags: 'a' });

  let output = '';
  let child: ChildProcess | undefined;

  const launch = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const { command, args } = nodeCommand();
      const fullArgs = [...args, 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--name', name,
        ...(options.args ?? [])];
      log.write(`\n### ${new Date().toISOString()} ${command} ${fullArgs.join(' ')}\n`);
      const proc = spawn(command, fullArgs, {
        cwd: repoRoot(),
        env: nodeEnvironment(options),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      children.add(proc);
      let ready = false;
      // only this launch's output: after restart() the previous listening line is still in `output`
      let launchOutput = '';
      const timer = setTimeout(() => {
        if (ready) return;
        proc.kill('SIGKILL');
        reject(new Error(`msxd did not print its listening line within ${options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS} ms; ` +
          `output:\n${tail(output)}\n(log: ${workDir}/node.log)`));
      }, options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
      const onData = (chunk: Buffer): void => {
        const text = chunk.toString('utf8');
        output = (output + text).slice(-OUTPUT_LIMIT);
        log.write(text);
        if (ready) return;
        launchOutput += text;
        const match = LISTENING.exec(launchOutput);
        if (match) {
          ready = true;
          clearTimeout(timer);
          handle.host = match[2] ?? '127.0.0.1';
          handle.port = Number(match[3]);
          handle.pid = proc.pid;
          if (options.saPassword === null) handle.saPassword = readGeneratedPassword(dataDir);
          resolve();
        }
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.on('error', (err) => {
        clearTimeout(timer);
        if (!ready) reject(err);
      });
      proc.on('exit', (code, signal) => {
        children.delete(proc);
        log.write(`### exited code=${code} signal=${signal}\n`);
        if (handle.pid === proc.pid) handle.pid = undefined;
        if (!ready) {
          clearTimeout(timer);
          reject(new Error(`msxd exited (code ${code}, signal ${signal}) before listening; output:\n${tail(output)}`));
        }
      });
    });

  const waitExit = (proc: ChildProcess, signal: NodeJS.Signals): Promise<number | null> =>
    new Promise((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        resolve(proc.exitCode);
        return;
      }
      const timer = setTimeout(() => proc.kill('SIGKILL'), STOP_TIMEOUT_MS);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      proc.kill(signal);
    });

  const handle: NodeHandle = {
    host: '127.0.0.1',
    port: 0,
    name,
    saPassword: options.saPassword ?? TEST_SA_PASSWORD,
    dataDir,
    workDir,
    pid: undefined,
    async stop() {
      if (child === undefined) return null;
      return waitExit(child, 'SIGTERM');
    },
    async kill9() {
      if (child !== undefined) await waitExit(child, 'SIGKILL');
    },
    async restart() {
      if (child !== undefined) await waitExit(child, 'SIGTERM');
      await launch();
    },
    output: () => output,
  };
  await launch();
  return handle;
}

function nodeEnvironment(options: StartNodeOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MSXD_SA_PASSWORD: options.saPassword ?? TEST_SA_PASSWORD, ...options.env };
  if (options.saPassword === null) delete env['MSXD_SA_PASSWORD'];
  return env;
}

function readGeneratedPassword(dataDir: string): string {
  try {
    return readFileSync(path.join(dataDir, 'sa-password'), 'utf8').trim();
  } catch {
    return '';
  }
}

function tail(text: string): string {
  return text.split('\n').slice(-40).join('\n');
}
