// Session ids (MS-TDS packet header SPID, @@SPID), unique among a node's open connections.
/** SPIDs as SQL Server hands them out: user sessions from 51, the lowest free one first. */
export class SpidAllocator {
  private next = 51;
  private readonly free: number[] = [];

  allocate(): number {
    if (this.free.length > 0) {
      this.free.sort((a, b) => b - a);
      return this.free.pop()!;
    }
    if (this.next > 0x7fff) throw new Error('no free SPID');
    return this.next++;
  }

  release(spid: number): void {
    this.free.push(spid);
  }
}
