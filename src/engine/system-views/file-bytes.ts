// The size of a file now, 0 when it does not exist (SQLite removes a database's WAL at a clean close).
import { statSync } from 'node:fs';

export function fileBytesOrZero(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
