import type { RunResult, SqlParams } from './api';

// Server metadata lives in master.sqlite and is reached either through the node's own
// connection (schema "main") or through a session's connection (schema "master"), so that
// CREATE LOGIN inside a T-SQL transaction joins that transaction instead of waiting for it.
export interface MasterAccess {
  /** quoted schema prefix for master's tables, e.g. `main` or `"master"` */
  readonly schema: string;
  run(sql: string, params?: SqlParams): RunResult;
  get<T>(sql: string, params?: SqlParams): T | undefined;
  all<T>(sql: string, params?: SqlParams): T[];
  allBig<T>(sql: string, params?: SqlParams): T[];
}
