// The packets of one BULK_LOAD message (MS-TDS 2.2.6.1) on their way from the socket to the
// handler, which reads them while more arrive. The session pushes, the handler pulls; past
// HIGH_WATER bytes waiting the session stops reading the socket (the client's TCP window then
// holds the rest), so a 100k-row message never sits whole in memory.
export interface BulkPart {
  readonly payload: Buffer;
  /** the message's last packet (EOM) */
  readonly last: boolean;
  /** the client abandoned the message (IGNORE + EOM, MS-TDS 2.2.1.7): load nothing */
  readonly ignored: boolean;
}

const HIGH_WATER = 256 * 1024;

export class BulkLoadStream {
  private readonly parts: BulkPart[] = [];
  private bytes = 0;
  private waiter: { resolve: (p: BulkPart) => void; reject: (e: unknown) => void } | undefined;
  private failure: unknown;
  private ended = false;

  /** `onFlow`: called when `full` may have changed (the session pauses or resumes its input) */
  constructor(private readonly onFlow: () => void) {}

  /** the handler is behind: stop reading the socket until it catches up */
  get full(): boolean {
    return this.bytes > HIGH_WATER;
  }

  /** session side: the next packet's data */
  push(part: BulkPart): void {
    if (this.ended) return;
    if (part.last) this.ended = true;
    const w = this.waiter;
    if (w) {
      this.waiter = undefined;
      w.resolve(part);
      return;
    }
    this.parts.push(part);
    this.bytes += part.payload.length;
    if (this.full) this.onFlow();
  }

  /** session side: the connection is gone; a waiting read rejects */
  fail(e: unknown): void {
    this.failure = e;
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(e);
  }

  /** handler side: the next part, in order; the part with `last` set is the final one */
  read(): Promise<BulkPart> {
    const next = this.parts.shift();
    if (next) {
      const wasFull = this.full;
      this.bytes -= next.payload.length;
      if (wasFull && !this.full) this.onFlow();
      return Promise.resolve(next);
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }
}
