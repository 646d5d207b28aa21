// Counts the commits made by this process's connections. One node per data folder (the lock
// file), so these are all the commits there are: a connection that knows how many of them were
// its own knows whether anyone else may have changed a database since it last looked, without
// asking SQLite (PRAGMA data_version costs a statement step, ~2 µs, on every cached execution).
// Catalogue commits (a transaction that ran DDL: exec, or markCatalogChanged) are counted apart,
// so that other sessions' data writes do not invalidate cached translations.
let commits = 0;
let catalogCommits = 0;

/** after a COMMIT (or an autocommit write) on any connection of the store */
export function noteCommit(catalog: boolean): void {
  commits++;
  if (catalog) catalogCommits++;
}

export function commitCount(): number {
  return commits;
}

export function catalogCommitCount(): number {
  return catalogCommits;
}
