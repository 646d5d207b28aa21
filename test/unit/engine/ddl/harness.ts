// A real engine over a real store in a temporary data folder, with store sessions (tables).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../../src/engine/index';
import type { EngineHandle, EngineSession } from '../../../../src/engine/api';
import { openNodeStore, type NodeStore, type SessionStorage } from '../../../../src/store/index';
import { IDENTITY, login, RecordingSink } from '../helpers';

export const SA_PASSWORD = 'Str0ng!Passw0rd';

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

export async function openNode(dir = mkdtempSync(join(tmpdir(), 'msxd-ddl-'))): Promise<Node> {
  const { store } = await openNodeStore(dir, { initialSaPassword: SA_PASSWORD });
  const engine = createEngine({ identity: IDENTITY, store, storageSessions: true });
  await engine.authenticate('sa', SA_PASSWORD);
  const sessions: EngineSession[] = [];
  const raws: SessionStorage[] = [];
  let spid = 51;
  const node: Node = {
    dir, store, engine,
    async session(database = 'master') {
      const s = engine.openSession(login({ database, spid: spid++ }));
      sessions.push(s);
      return s;
    },
    raw(database = 'master') {
      const r = store.openSession({ database });
      raws.push(r);
      return r;
    },
    async close() {
      for (const s of sessions) await s.close();
      for (const r of raws) r.close();
      await store.close();
    },
    async dispose() {
      await node.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return node;
}

export async function run(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await session.executeBatch(text, sink, new AbortController().signal);
  return sink;
}

/** error numbers of a batch, in order */
export async function errorsOf(session: EngineSession, text: string): Promise<number[]> {
  return (await run(session, text)).errors.map((e) => e.number);
}

/** runs a batch that must not fail */
export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = await run(session, text);
  if (sink.errors.length > 0) throw new Error(`batch failed: ${sink.errors.map((e) => `${e.number} ${e.message}`).join(' | ')}\n${text}`);
  return sink;
}
