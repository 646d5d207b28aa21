// freq_type 128 "run when the computer is idle": SQL Server Agent's idle condition is CPU below
// a threshold for a duration (defaults 10 % for 600 s). It fires once per idle period and is
// re-armed when the machine gets busy again.
import { cpus, loadavg } from 'node:os';

export interface IdleOptions {
  readonly isIdle?: () => boolean;
  readonly durationMs?: number;
}

export function cpuBelow(fraction: number): () => boolean {
  return () => (loadavg()[0] ?? 0) / Math.max(1, cpus().length) < fraction;
}

export class IdleWatch {
  private idleSince: number | null = null;
  private fired = false;
  private readonly isIdle: () => boolean;
  private readonly durationMs: number;

  constructor(o: IdleOptions) {
    this.isIdle = o.isIdle ?? cpuBelow(0.1);
    this.durationMs = o.durationMs ?? 600_000;
  }

  /** True exactly once when the machine has been idle for the whole duration. */
  check(nowMs: number): boolean {
    if (!this.isIdle()) {
      this.idleSince = null;
      this.fired = false;
      return false;
    }
    this.idleSince ??= nowMs;
    if (this.fired || nowMs - this.idleSince < this.durationMs) return false;
    this.fired = true;
    return true;
  }
}
