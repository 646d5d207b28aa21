// Runs a child script (TypeScript under tsx, compiled JavaScript under dist/) that prints one
// committed id per line, SIGKILLs it once `killAfter` ids were printed (or after `maxMs`), and
// returns every id it printed — lines still in the pipe when it died were committed too, so the
// pipe is read to its end. The kill -9 durability tests assert each printed id survives.
import { spawn } from 'node:child_process';
import { extname } from 'node:path';
import { repoRoot } from './repo-root';

export interface Kill9Outcome {
  readonly printed: readonly number[];
  /** the signal that ended the child ('SIGKILL' unless it ended by itself) */
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** `script` is the child's path without extension; `.ts` or `.js` is chosen like the caller's. */
export async function runUntilKilled(script: string, args: readonly string[], killAfter: number, maxMs: number): Promise<Kill9Outcome> {
  const ext = extname(__filename);
  const child = spawn(process.execPath, [...(ext === '.ts' ? ['--import', 'tsx'] : []), `${script}${ext}`, ...args], {
    cwd: repoRoot(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed: number[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)));
  const drained = new Promise<void>((res) => child.stdout.on('close', res));
  await new Promise<void>((res) => {
    const deadline = setTimeout(res, maxMs);
    child.stdout.on('data', (b: Buffer) => {
      const lines = (partial + b.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) printed.push(Number(l));
      if (printed.length >= killAfter) {
        clearTimeout(deadline);
        res();
      }
    });
    child.on('exit', () => { clearTimeout(deadline); res(); });
  });
  child.kill('SIGKILL');
  const signal = await exited;
  await drained;
  return { printed, signal, stderr };
}
