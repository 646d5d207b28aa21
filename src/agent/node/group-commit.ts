// The agent's msdb writes (sysjobactivity stages, history rows, completion states, next runs) as
// group commits. Every autocommitted statement on the node is a durable SQLite commit (an fsync
// of the WAL) that blocks the node's event loop; one job run used to cost over a dozen of them,
// and at 1,000 runs a minute the node spent most of its time waiting for the disk. Here each
// logical write (a unit: the procedure calls that belong together) is queued; one batch is in
// flight at a time, and everything queued meanwhile goes in the next one: EXEC after EXEC inside
// one transaction, one commit for all of them. The first write after a quiet spell goes out at
// once, so nothing waits for a timer. Units resolve when their batch committed.
//
// A procedure's error (RAISERROR severity 16) does not end the batch, so the others still commit;
// the batch's error is then reported to every unit of that batch (they are logged, never fatal).
// A batch-aborting error would leave the transaction open: `recover` closes it on the same
// connection before the next batch.

/** A procedure argument: integers, text (nvarchar, also for uniqueidentifier), or NULL. */
export type ProcArg = number | string | null;

export interface ProcCall {
  /** procedure name inside msdb.dbo */
  readonly procedure: string;
  readonly args: Readonly<Record<string, ProcArg>>;
}

export type BatchSender = (text: string) => Promise<void>;

interface Unit {
  readonly calls: readonly ProcCall[];
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

// The node runs a batch's statements back to back on its one event loop without reading its
// sockets in between, so a batch's length is a stall for every other session and for this agent's
// own timers (it lives in the node's process). 32 calls are ≈50 ms of node CPU; an fsync per
// 32 calls is cheap by comparison.
export const MAX_CALLS_PER_BATCH = 32;

function literal(v: ProcArg): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`group commit: not a number: ${v}`);
    return String(Math.trunc(v));
  }
  return `N'${v.replace(/'/g, "''")}'`;
}

function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`group commit: bad name ${name}`);
  return name;
}

/** One T-SQL batch running `calls` in order inside one transaction. */
export function groupBatchText(calls: readonly ProcCall[]): string {
  const lines = ['SET NOCOUNT ON;', 'BEGIN TRANSACTION;'];
  for (const c of calls) {
    const args = Object.entries(c.args).map(([k, v]) => `@${identifier(k)} = ${literal(v)}`).join(', ');
    lines.push(`EXEC msdb.dbo.${identifier(c.procedure)}${args === '' ? '' : ` ${args}`};`);
  }
  lines.push('IF @@TRANCOUNT > 0 COMMIT TRANSACTION;');
  return lines.join('\n');
}

export class GroupCommitWriter {
  private queue: Unit[] = [];
  private draining: Promise<void> | null = null;
  private batches = 0;
  private calls = 0;

  constructor(
    private readonly send: BatchSender,
    private readonly recover: () => Promise<void>,
    private readonly maxCalls = MAX_CALLS_PER_BATCH,
  ) {}

  /** Queues the calls of one unit; resolves once the batch holding them committed. */
  write(calls: readonly ProcCall[]): Promise<void> {
    if (calls.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ calls, resolve, reject });
      this.draining ??= this.drain().finally(() => { this.draining = null; });
    });
  }

  /** Resolves when everything queued so far has been sent. */
  async idle(): Promise<void> {
    while (this.draining !== null) await this.draining;
  }

  stats(): { readonly batches: number; readonly calls: number } {
    return { batches: this.batches, calls: this.calls };
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const group = this.take();
      const calls = group.flatMap((u) => u.calls);
      this.batches++;
      this.calls += calls.length;
      try {
        await this.send(groupBatchText(calls));
        for (const u of group) u.resolve();
      } catch (e) {
        for (const u of group) u.reject(e);
        await this.recover().catch(() => undefined);
      }
    }
  }

  /** Whole units, oldest first, up to maxCalls calls (always at least one unit). */
  private take(): Unit[] {
    let n = 0;
    let count = 0;
    while (n < this.queue.length) {
      const size = this.queue[n]?.calls.length ?? 0;
      if (n > 0 && count + size > this.maxCalls) break;
      count += size;
      n++;
    }
    return this.queue.splice(0, n);
  }
}
