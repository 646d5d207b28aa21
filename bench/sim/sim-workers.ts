// Simulated targets in child processes: the names are split evenly over `count` forked
// sim-worker.ts processes, each running a TargetSimulator of its share. One simulator process
// saturates at 10,000 targets with TLS (a full handshake and a certificate validation per poll), and
// then the round trips measure the simulator's queue, not the master. Every call is bounded: a
// worker that does not answer within CALL_TIMEOUT_MS fails the call; stop() kills what has not
// exited after STOP_TIMEOUT_MS.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { cpuTimeMs } from '../../test/helpers/proc-stats';
import type { MsxEncryptOption } from '../../src/agent/msx/msx-types';
import type { PollStats, TargetSimulatorOptions } from './target-simulator';
import type { WorkerCommand, WorkerReply } from './sim-worker-protocol';

const CALL_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 20_000;

class Worker {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited = false;

  constructor(readonly child: ChildProcess) {
    child.on('message', (m: WorkerReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(`simulator worker: ${m.error}`));
    });
    child.on('exit', (code) => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`simulator worker exited (${code})`));
      this.pending.clear();
    });
  }

  get pid(): number | undefined {
    return this.exited ? undefined : this.child.pid;
  }

  call<T>(command: WorkerCommand): Promise<T> {
    if (this.exited) return Promise.reject(new Error('simulator worker has exited'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`simulator worker: no answer to ${command.kind} within ${CALL_TIMEOUT_MS} ms`));
      }, CALL_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (v) => { clearTimeout(timer); resolve(v as T); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.child.send({ ...command, id });
    });
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.call({ kind: 'stop' }).catch(() => undefined);
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}

/** where the worker's source is: beside this file, .ts under tsx, .js when compiled */
function workerModule(): string {
  return path.join(__dirname, `sim-worker${path.extname(__filename)}`);
}

export class SimWorkers {
  private constructor(private readonly workers: readonly Worker[], readonly count: number) {}

  /** forks `processes` workers sharing `options.names`; each has built its simulator when this resolves */
  static async start(options: TargetSimulatorOptions, processes: number): Promise<SimWorkers> {
    const n = Math.max(1, Math.min(processes, options.names.length));
    // a worker inherits this process's execArgv, so under tsx it loads TypeScript as this one does
    const workers = Array.from({ length: n }, () => new Worker(fork(workerModule(), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })));
    const all = new SimWorkers(workers, options.names.length);
    try {
      await Promise.all(workers.map((w, i) => w.call({ kind: 'init', options: { ...options, names: options.names.filter((_, j) => j % n === i) } })));
    } catch (e) {
      await all.stop();
      throw e;
    }
    return all;
  }

  /** every worker starts its pollers, the first polls spread over `spreadMs` */
  async start(spreadMs: number): Promise<void> {
    await this.each({ kind: 'start', spreadMs });
  }

  async setEncryptOption(option: MsxEncryptOption): Promise<void> {
    await this.each({ kind: 'setEncryptOption', option });
  }

  async setPollInterval(seconds: number): Promise<void> {
    await this.each({ kind: 'setPollInterval', seconds });
  }

  /** the poll figures of every worker since the last call, merged */
  async takeStats(): Promise<PollStats> {
    const all = await Promise.all(this.workers.map((w) => w.call<PollStats>({ kind: 'takeStats' })));
    return {
      polls: all.reduce((n, s) => n + s.polls, 0),
      errors: all.reduce((n, s) => n + s.errors, 0),
      roundTripsMs: all.flatMap((s) => s.roundTripsMs),
      connectsMs: all.flatMap((s) => s.connectsMs),
      lastError: all.map((s) => s.lastError).find((e) => e !== undefined),
    };
  }

  /** utime + stime of the worker processes so far (ms, /proc) */
  cpuTimeMs(): number {
    return this.workers.reduce((sum, w) => sum + (w.pid === undefined ? 0 : cpuTimeMs(w.pid) ?? 0), 0);
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
  }

  private async each(command: WorkerCommand): Promise<void> {
    await Promise.all(this.workers.map((w) => w.call(command)));
  }
}
