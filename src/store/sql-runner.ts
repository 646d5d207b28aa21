import type Database from 'better-sqlite3';
import type { RunResult, SqlParams } from './api';
import type { MasterAccess } from './master-access';
import { StatementCache } from './statement-cache';

/** run/get/all over one connection with its statement cache (the node's metadata connection). */
export function connectionRunner(db: Database.Database, schema: string): MasterAccess {
  const cache = new StatementCache(db, 100);
  const args = (p: SqlParams | undefined): unknown[] => (p === undefined ? [] : Array.isArray(p) ? (p as unknown[]) : [p]);
  return {
    schema,
    run: (sql: string, p?: SqlParams): RunResult => cache.get(sql).run(...args(p)),
    get: <T>(sql: string, p?: SqlParams): T | undefined => cache.get(sql).get(...args(p)) as T | undefined,
    all: <T>(sql: string, p?: SqlParams): T[] => cache.get(sql).all(...args(p)) as T[],
    allBig: <T>(sql: string, p?: SqlParams): T[] => {
      const stmt = cache.get(sql);
      stmt.safeIntegers(true);
      try {
        return stmt.all(...args(p)) as T[];
      } finally {
        stmt.safeIntegers(false);
      }
    },
  };
}
