// A set whose members expire after a fixed time: what the waiting connection remembers about its
// callers between two waits (see sp_msxd_wait_for_instructions). Expired members are dropped when
// looked up, and swept when the set grows large, so it stays bounded by the live callers.

const SWEEP_ABOVE = 20_000;

export class ExpiringSet {
  private readonly until = new Map<string, number>();

  constructor(private readonly ttlMs: number, private readonly now: () => number = Date.now) {}

  add(member: string): void {
    if (this.until.size >= SWEEP_ABOVE) this.sweep();
    this.until.set(member, this.now() + this.ttlMs);
  }

  has(member: string): boolean {
    const t = this.until.get(member);
    if (t === undefined) return false;
    if (t > this.now()) return true;
    this.until.delete(member);
    return false;
  }

  get size(): number {
    return this.until.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [m, t] of this.until) if (t <= now) this.until.delete(m);
  }
}
