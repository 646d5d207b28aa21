// Extra SQLite functions registered by layers above the store (the engine's T-SQL translator:
// src/engine/sql/sqlite-functions.ts). The store cannot import the engine, so the engine adds a
// registrar here at module load and openConnection applies every registrar to each new
// connection (the functions must exist on the connection that runs the translated SQL).
import type Database from 'better-sqlite3';

export interface FunctionOptions {
  readonly deterministic?: boolean;
  readonly varargs?: boolean;
  /** integers arrive as bigint (bigint/money/datetime encodings exceed 2^53) */
  readonly safeIntegers?: boolean;
}

export interface AggregateOptions<S> extends FunctionOptions {
  readonly start: S | (() => S);
  readonly step: (total: S, ...args: unknown[]) => S | void;
  /** removes a row leaving a window frame; without it the aggregate cannot be used OVER (...) */
  readonly inverse?: (total: S, ...args: unknown[]) => S | void;
  readonly result?: (total: S) => unknown;
}

/** What a registrar may do on a connection: define scalar functions and aggregates. */
export interface FunctionHost {
  function(name: string, options: FunctionOptions, fn: (...args: unknown[]) => unknown): void;
  aggregate<S>(name: string, options: AggregateOptions<S>): void;
}

export type FunctionRegistrar = (host: FunctionHost) => void;

const registrars: FunctionRegistrar[] = [];

/** Adds a registrar for connections opened from now on (call at module load, before sessions). */
export function addConnectionFunctions(r: FunctionRegistrar): void {
  if (!registrars.includes(r)) registrars.push(r);
}

export function applyConnectionFunctions(db: Database.Database): void {
  const host: FunctionHost = {
    function: (name, options, fn) => {
      db.function(name, { ...options }, fn as (...args: unknown[]) => unknown);
    },
    aggregate: (name, options) => {
      db.aggregate(name, options as unknown as Database.AggregateOptions);
    },
  };
  for (const r of registrars) r(host);
}
