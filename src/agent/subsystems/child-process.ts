// Runs one operating-system process for a step: bounded output capture (a chatty program must
// not grow the agent's memory), and a kill of the whole process group when the step is stopped
// (`sh -c` forks, so killing only the shell would leave its children running).
import { spawn } from 'node:child_process';

export interface ProcessOutcome {
  /** Exit code, or null when killed by a signal. */
  readonly exitCode: number | null;
  readonly output: string;
  readonly truncated: boolean;
  readonly killed: boolean;
  readonly spawnError: string | null;
}

export interface ProcessOptions {
  readonly file: string;
  readonly args: readonly string[];
  readonly signal: AbortSignal;
  readonly maxOutputBytes: number;
  readonly cwd?: string;
  /** Grace between SIGTERM and SIGKILL when stopping. */
  readonly killGraceMs?: number;
}

export function runProcess(o: ProcessOptions): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    let killed = false;
    let spawnError: string | null = null;
    const child = spawn(o.file, [...o.args], {
      cwd: o.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true,
    });
    const collect = (b: Buffer): void => {
      if (size >= o.maxOutputBytes) { truncated = true; return; }
      const room = o.maxOutputBytes - size;
      const part = b.length > room ? b.subarray(0, room) : b;
      if (part.length < b.length) truncated = true;
      chunks.push(part);
      size += part.length;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let hardKill: NodeJS.Timeout | undefined;
    const kill = (): void => {
      killed = true;
      signalGroup(child.pid, 'SIGTERM');
      hardKill = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), o.killGraceMs ?? 2000);
    };
    if (o.signal.aborted) kill();
    else o.signal.addEventListener('abort', kill, { once: true });
    child.on('error', (e) => {
      spawnError = e.message;
      if (child.pid === undefined) resolve({ exitCode: null, output: '', truncated: false, killed, spawnError });
    });
    child.on('close', (code) => {
      o.signal.removeEventListener('abort', kill);
      if (hardKill) clearTimeout(hardKill);
      resolve({ exitCode: code, output: Buffer.concat(chunks).toString('utf8'), truncated, killed, spawnError });
    });
  });
}

function signalGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}
