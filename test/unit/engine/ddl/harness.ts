// A real engine over a real store in a temporary data folder, with store sessions (tables).
import type { EngineHandle, EngineSession } from '../../../../src/engine/api';
import type { SessionState } from '../../../../src/engine/session/session-state';
import type { NodeStore, SessionStorage } from '../../../../src/store/index';
import { openEngineNode, PASSWORD, run, withoutErrors, type RecordingSink } from '../../helpers/engine-node';

export { errorsOf, run } from '../../helpers/engine-node';

export const SA_PASSWORD = PASSWORD;

export interface Node {
  readonly dir: string;
  readonly store: NodeStore;
  readonly engine: EngineHandle;
  session(database?: string): Promise<EngineSession>;
  /** a raw store session to look at SQLite and the catalogue */
  raw(database?: string): SessionStorage;
  close(): Promise<void>;
  dispose(): Promise<void>;
}

/** `dir`: an existing data folder to reopen (default a new temporary one) */
export async function openNode(dir?: string): Promise<Node> {
  const node = await openEngineNode({ prefix: 'msxd-ddl-', ...(dir === undefined ? {} : { dir }) });
  return {
    dir: node.dir, store: node.store, engine: node.engine,
    async session(database = 'master') { return node.open({ database }); },
    raw: (database = 'master') => node.raw(database),
    close: () => node.close(),
    dispose: () => node.dispose(),
  };
}

/** runs a batch that must not fail */
export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  return withoutErrors(await run(session, text), text, 'batch failed: ');
}

/** the engine's state behind a session (its #temp registry is keyed by it) */
export function stateOf(s: EngineSession): SessionState {
  return (s as unknown as { state: SessionState }).state;
}

/** the session's own store connection (its SQLite temp schema holds #temp tables) */
export function storage(s: EngineSession): SessionStorage {
  const st = stateOf(s).storage;
  if (!st) throw new Error('no storage');
  return st;
}
