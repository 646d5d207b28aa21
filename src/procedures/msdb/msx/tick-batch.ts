// One piece of work for many waiting connections at once. A post for 1,000 targets wakes 1,000
// sessions parked in sp_msxd_wait_for_instructions in the same turn of the event loop; each would
// read its own rows (and, at its next call, acknowledge them) with statements of its own. Instead
// the sessions that ask in the same turn join one batch: the first to join (the leader) runs it
// once, with its own session, for every key, and each gets its share. A failed batch rejects every
// member, who then does the work alone (the leader's session may have been cancelled meanwhile).
// The leader's session stays busy (its request awaits the batch) until the batch is over.

interface OpenBatch<K, R> {
  readonly keys: Set<K>;
  readonly result: Promise<ReadonlyMap<K, R>>;
}

/** `run` does the work for all `keys` at once and answers per key (a key it leaves out gets undefined) */
export type BatchRunner<K, R> = (keys: readonly K[]) => Promise<ReadonlyMap<K, R>>;

export class TickBatch<K, R> {
  private open: OpenBatch<K, R> | null = null;

  /**
   * `gatherMs` 0: the batch runs once the current turn is over (setImmediate): the sessions woken
   * together. More: it also gathers the calls of the next few milliseconds (acknowledgements
   * arrive one connection at a time; their callers wait for nothing but the commit). `maxKeys`:
   * a batch that has this many keys takes no more.
   */
  constructor(private readonly gatherMs = 0, private readonly maxKeys = Infinity) {}

  /** the batches run so far and the keys they served (for tests and the benchmark) */
  readonly stats = { batches: 0, keys: 0 };

  /**
   * Joins the batch of this turn (opening one, with `run` as its work, if none is open) and
   * resolves with this key's share once it ran.
   */
  async join(key: K, run: BatchRunner<K, R>): Promise<R | undefined> {
    let batch = this.open;
    if (batch === null) {
      const keys = new Set<K>();
      const result = new Promise<ReadonlyMap<K, R>>((resolve, reject) => {
        const start = (): void => {
          if (this.open?.keys === keys) this.open = null;
          this.stats.batches++;
          this.stats.keys += keys.size;
          run([...keys]).then(resolve, reject);
        };
        // setImmediate: after every session woken in this turn has joined
        if (this.gatherMs > 0) setTimeout(start, this.gatherMs);
        else setImmediate(start);
      });
      batch = { keys, result };
      this.open = batch;
    }
    batch.keys.add(key);
    // full: the next caller opens a batch of its own (this one still runs at its time)
    if (batch.keys.size >= this.maxKeys && this.open === batch) this.open = null;
    return (await batch.result).get(key);
  }
}
