// Server-wide DBCC commands: FREEPROCCACHE, FREESYSTEMCACHE, DROPCLEANBUFFERS, TRACEON, TRACEOFF,
// TRACESTATUS. All but TRACESTATUS need sysadmin (ALTER SERVER STATE / sysadmin), else 2571.
//
// FREEPROCCACHE [ ( handle | 'pool' ) ] and FREESYSTEMCACHE ( 'ALL' | name [, pool ] ): msxd's plan
// cache is its parse cache, its client-batch (simple parameterization) cache and its translation
// caches (shared and per session); both commands empty all of them, whatever handle or cache name
// is given (msxd keeps no plan handles), so the next batch is parsed and translated afresh.
// DROPCLEANBUFFERS: frees this session's SQLite page cache (PRAGMA shrink_memory). The other
// sessions' page caches are dropped at their next read after any commit anyway; the operating
// system's file cache is not touched (SQL Server's buffer pool has no equivalent here).
// TRACEON / TRACEOFF ( flag [, ...] [, -1 ] ): msxd implements no trace flag. The flags are
// recorded (globally with -1, else for the session) so that TRACESTATUS reports what was asked,
// as DBA scripts check, but no flag changes msxd's behaviour (documented in the engine README).
import { sqlError } from '../../errors/catalog';
import { releaseCacheMemory } from '../../store/index';
import type { DbccStatement } from '../../tsql/ast';
import type { EngineContext } from '../engine-context';
import type { Scope } from '../interpreter/scope';
import type { ResultColumn } from '../result-sink';
import type { SessionState } from '../session/session-state';
import { invalidateTranslations } from '../sql/translation-cache';
import { sharedTranslations } from '../sql/shared-translation-cache';
import { argValue, dbccCompleted, onlyOptions, sendRows, storageOf } from './dbcc-common';

function requireSysadminFor(scope: Scope, command: string): void {
  if (!scope.session.isSysadmin) throw sqlError(2571, scope.session.login.loginName, command);
}

export function freeCaches(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length > 2 || (stmt.command === 'FREESYSTEMCACHE' && stmt.args.length === 0)) throw sqlError(2583);
  onlyOptions(stmt, ['NO_INFOMSGS', 'MARK_IN_USE_FOR_REMOVAL']);
  requireSysadminFor(scope, stmt.command);
  freeProcedureCache(scope.engine);
  dbccCompleted(scope, stmt);
}

/** empties every cache of parsed and translated batches of the node */
export function freeProcedureCache(engine: EngineContext): void {
  engine.parseCache.clear();
  engine.languageBatches.clear();
  sharedTranslations(engine).clear();
  // per-session translations are keyed by the DDL counter: bumping it makes every one miss
  invalidateTranslations();
}

export function dropCleanBuffers(stmt: DbccStatement, scope: Scope): void {
  if (stmt.args.length > 0) throw sqlError(2583);
  onlyOptions(stmt, ['NO_INFOMSGS']);
  requireSysadminFor(scope, stmt.command);
  releaseCacheMemory(storageOf(scope));
  dbccCompleted(scope, stmt);
}

const globalFlags = new WeakMap<EngineContext, Set<number>>();
const sessionFlags = new WeakMap<SessionState, Set<number>>();

function flagSet<K extends object>(map: WeakMap<K, Set<number>>, key: K): Set<number> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

function flagArgs(stmt: DbccStatement, scope: Scope): { flags: number[]; global: boolean } {
  const flags: number[] = [];
  let global = false;
  stmt.args.forEach((e, i) => {
    const v = Number(argValue(e, scope));
    if (!Number.isInteger(v) || v < -1) throw sqlError(2560, i + 1);
    if (v === -1) global = true;
    else flags.push(v);
  });
  return { flags, global };
}

export function traceOnOff(stmt: DbccStatement, scope: Scope): void {
  onlyOptions(stmt, ['NO_INFOMSGS']);
  requireSysadminFor(scope, stmt.command);
  const { flags, global } = flagArgs(stmt, scope);
  const set = global ? flagSet(globalFlags, scope.engine) : flagSet(sessionFlags, scope.session);
  for (const f of flags) {
    if (stmt.command === 'TRACEON') set.add(f);
    else set.delete(f);
  }
  dbccCompleted(scope, stmt);
}

const TRACE_STATUS_COLUMNS: readonly ResultColumn[] = [
  { name: 'TraceFlag', type: { kind: 'int' }, nullable: true },
  { name: 'Status', type: { kind: 'int' }, nullable: true },
  { name: 'Global', type: { kind: 'int' }, nullable: true },
  { name: 'Session', type: { kind: 'int' }, nullable: true },
];

/** DBCC TRACESTATUS ( [ flag [, ...] ] [, -1 ] ): no flag, or -1 alone, lists every flag on */
export function traceStatus(stmt: DbccStatement, scope: Scope): void {
  onlyOptions(stmt, ['NO_INFOMSGS']);
  const { flags, global } = flagArgs(stmt, scope);
  const g = globalFlags.get(scope.engine) ?? new Set<number>();
  const s = sessionFlags.get(scope.session) ?? new Set<number>();
  const asked = flags.length > 0 ? flags : [...new Set([...g, ...(global ? [] : s)])].sort((a, b) => a - b);
  const rows = asked.map((f) => {
    const on = g.has(f) || (!global && s.has(f));
    return [f, on ? 1 : 0, g.has(f) ? 1 : 0, !global && s.has(f) ? 1 : 0];
  });
  sendRows(scope, TRACE_STATUS_COLUMNS, rows);
  dbccCompleted(scope, stmt);
}
