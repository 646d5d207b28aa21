// The live sessions of one engine (node): what sys.dm_exec_sessions / sys.dm_exec_connections /
// sp_who list and what DROP LOGIN checks (15434). Keyed by the engine context so that several
// engines in one process (tests) do not see each other's sessions.
import type { EngineContext } from '../engine-context';
import type { SessionState } from '../session/session-state';
import { markQuiet } from '../sql/shared-translation-state';

const sessions = new WeakMap<EngineContext, Set<SessionState>>();

export function registerSession(engine: EngineContext, session: SessionState): void {
  let set = sessions.get(engine);
  if (!set) {
    set = new Set();
    sessions.set(engine, set);
  }
  set.add(session);
  // a new session has no transaction: one it opens before its first query may still share
  // translations while no DDL runs (shared-translation-state.ts mayShare)
  markQuiet(session);
}

const closers = new WeakMap<SessionState, (() => void)[]>();

/** Runs `fn` when the session closes (per-session resources such as extra connections). */
export function onSessionClosed(session: SessionState, fn: () => void): void {
  const list = closers.get(session) ?? [];
  list.push(fn);
  closers.set(session, list);
}

export function unregisterSession(engine: EngineContext, session: SessionState): void {
  sessions.get(engine)?.delete(session);
  for (const fn of closers.get(session) ?? []) fn();
  closers.delete(session);
}

/** Sessions ordered by spid. */
export function liveSessions(engine: EngineContext): SessionState[] {
  return [...(sessions.get(engine) ?? [])].sort((a, b) => a.login.spid - b.login.spid);
}
