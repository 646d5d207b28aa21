// Parsed batches by text, so a repeated `SELECT 1` (or an application's fixed statements) costs a
// map lookup. LRU bounded by entry count and by total text size; ASTs are immutable, so entries
// are shared by every session. Generic in what a text yields: a tree (module definitions,
// sp_executesql texts) or a prepared language batch (parameterize/language-batches.ts).
import type { Batch } from '../tsql/ast';

export class ParseCache<T = Batch> {
  private readonly entries = new Map<string, T>();
  private size = 0;
  /**
   * The entry of the latest get(): it is the most recent already, so asking for it again (a
   * connection repeating its statement) needs neither a hash of the text nor a re-insertion.
   */
  private lastText: string | undefined;
  private lastBatch: T | undefined;

  /**
   * `maxChars` bounds the texts kept; a syntax tree takes 10-50 times its text's size, so a text
   * longer than `maxTextChars` (a script or a bulk INSERT, rarely sent twice) is parsed and not kept:
   * twenty 500-row INSERT batches held 20 MB of trees.
   */
  constructor(private readonly maxEntries = 1000, private readonly maxChars = 2_000_000, private readonly maxTextChars = 65_536) {}

  get(text: string, parse: (text: string) => T): T {
    if (text === this.lastText) return this.lastBatch!;
    const hit = this.entries.get(text);
    if (hit) {
      // Map iteration order is insertion order: re-inserting marks the entry most recent.
      this.entries.delete(text);
      this.entries.set(text, hit);
      this.remember(text, hit);
      return hit;
    }
    const batch = parse(text);
    if (text.length <= this.maxTextChars) {
      this.entries.set(text, batch);
      this.size += text.length;
      this.evict();
      this.remember(text, batch);
    }
    return batch;
  }

  private remember(text: string, batch: T): void {
    this.lastText = text;
    this.lastBatch = batch;
  }

  get count(): number {
    return this.entries.size;
  }

  /** DBCC FREEPROCCACHE / FREESYSTEMCACHE: forget every parsed batch */
  clear(): void {
    this.entries.clear();
    this.size = 0;
    this.lastText = undefined;
    this.lastBatch = undefined;
  }

  private evict(): void {
    while (this.entries.size > this.maxEntries || this.size > this.maxChars) {
      const oldest = this.entries.keys().next();
      if (oldest.done) return;
      this.entries.delete(oldest.value);
      this.size -= oldest.value.length;
    }
  }
}
