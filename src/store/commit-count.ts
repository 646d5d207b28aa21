// Counts the commits made by this process's connections. One node per data folder (the lock
// file), so these are all the commits there are: a connection that knows how many of them were
// its own knows whether anyone else may have changed a database since it last looked, without
// asking SQLite (PRAGMA data_version costs a statement step, ~2 µs, on every cached execution).
// Catalogue commits (a transaction that ran DDL: exec, or markCatalogChanged) are counted apart,
// so that other sessions' data writes do not invalidate cached translations.
// Commits that may have written master.sqlite (a catalogue commit, or a write naming master's
// schema) are counted apart again: the node's view of master (database list, login rows) asks
// data_version only after one of those, not after every data write of the node.
let commits = 0;
let catalogCommits = 0;
let masterCommits = 0;

/** A connection keeping a read transaction open between statements (session-storage.ts). */
export interface ReadSnapshotHolder {
  /** ends the read transaction and leaves the holders (releasedReadSnapshot); a connection
   *  still running a statement keeps it, and stays a holder, until its next statement */
  endReadSnapshot(): void;
}

// A held read snapshot stays valid only while no commit happened since it began: the first
// commit after it ends it, here, rather than at that session's next statement, so that an idle
// session does not pin the WAL (a checkpoint cannot move past an open reader's snapshot).
const snapshotHolders = new Set<ReadSnapshotHolder>();

export function holdingReadSnapshot(holder: ReadSnapshotHolder): void {
  snapshotHolders.add(holder);
}

export function releasedReadSnapshot(holder: ReadSnapshotHolder): void {
  snapshotHolders.delete(holder);
}

/** after a COMMIT (or an autocommit write) on any connection of the store */
export function noteCommit(catalog: boolean, master: boolean = catalog): void {
  commits++;
  if (catalog) catalogCommits++;
  if (catalog || master) masterCommits++;
  if (snapshotHolders.size === 0) return;
  for (const holder of [...snapshotHolders]) holder.endReadSnapshot();
}

export function commitCount(): number {
  return commits;
}

export function catalogCommitCount(): number {
  return catalogCommits;
}

/** commits that may have changed master.sqlite (every catalogue commit among them) */
export function masterCommitCount(): number {
  return masterCommits;
}

/** Ends every held read snapshot (a checkpoint can then move the whole WAL into the database). */
export function endReadSnapshots(): void {
  for (const holder of [...snapshotHolders]) holder.endReadSnapshot();
}
