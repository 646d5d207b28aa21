// One BACKUP at a time per media file in this node: two NOINIT backups to the same file would
// otherwise both read N sets and both append set N + 1. SQL Server holds its backup device open
// exclusively for the same reason. Queued in arrival order; never held across nodes (a node owns
// its data folder, not the backup folders: two nodes writing one file is the DBA's error).
import { resolve } from 'node:path';

const tails = new Map<string, Promise<void>>();

export async function withDeviceLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const key = resolve(path);
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => { release = r; });
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  try {
    return await fn();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
