// Session ids (MS-TDS packet header SPID, @@SPID), unique among a node's open connections.
/**
 * SPIDs as SQL Server hands them out: user sessions from 51, the lowest free one first. The free
 * ones are kept sorted (highest first) as they come back, so a login takes the lowest with a pop
 * instead of sorting them all (a master with many connections open has hundreds free).
 */
export class SpidAllocator {
  private next = 51;
  /** released SPIDs, descending: the lowest is last */
  private readonly free: number[] = [];

  allocate(): number {
    const lowest = this.free.pop();
    if (lowest !== undefined) return lowest;
    if (this.next > 0x7fff) throw new Error('no free SPID');
    return this.next++;
  }

  release(spid: number): void {
    // binary search for the first position holding a lower SPID
    let lo = 0;
    let hi = this.free.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.free[mid]! > spid) lo = mid + 1;
      else hi = mid;
    }
    this.free.splice(lo, 0, spid);
  }
}
