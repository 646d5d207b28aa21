// A real engine over a real store in a temporary folder, msdb built from the scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../src/engine/index';
import type { EngineHandle, EngineSession } from '../../../src/engine/api';
import { openNodeStore, type NodeStore, type SessionStorage } from '../../../src/store/index';
import { applyMsdbSchema } from '../../../src/msdb/index';
import { IDENTITY, login, RecordingSink } from '../engine/helpers';

export const PASSWORD = 'Str0ng!Passw0rd';

export interface MsdbNode {
  readonly engine: EngineHandle;
  readonly store: NodeStore;
  /** a store connection on msdb (migration records) */
  readonly raw: SessionStorage;
  /** sa, current database msdb */
  readonly sa: EngineSession;
  /** a session of `loginName` (authenticated with PASSWORD) in msdb */
  sessionOf(loginName: string): Promise<EngineSession>;
  /** the runBatch of applyMsdbSchema: one batch as sa, throwing on error */
  runBatch(text: string): Promise<void>;
  /** the numbers applyMsdbSchema applied when the node was opened */
  readonly applied: readonly number[];
  dispose(): Promise<void>;
}

export async function run(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await session.executeBatch(text, sink, new AbortController().signal);
  return sink;
}

/** runs a batch that must not fail */
export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = await run(session, text);
  if (sink.errors.length > 0) throw new Error(`${sink.errors.map((e) => `${e.number} ${e.message}`).join(' | ')}\n${text}`);
  return sink;
}

export async function openMsdbNode(): Promise<MsdbNode> {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-msdb-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: PASSWORD });
  const engine = createEngine({ identity: IDENTITY, store, storageSessions: true });
  await engine.authenticate('sa', PASSWORD);
  const sessions: EngineSession[] = [];
  let spid = 51;
  const open = (loginName: string): EngineSession => {
    const s = engine.openSession(login({ loginName, database: 'msdb', spid: spid++ }));
    sessions.push(s);
    return s;
  };
  const sa = open('sa');
  const raw = store.openSession({ database: 'msdb' });
  const runBatch = async (text: string): Promise<void> => { await ok(sa, text); };
  const applied = await applyMsdbSchema({ session: raw, runBatch });
  return {
    engine, store, raw, sa, runBatch, applied,
    async sessionOf(loginName) {
      if (await engine.authenticate(loginName, PASSWORD) === null) throw new Error(`login ${loginName} failed`);
      return open(loginName);
    },
    async dispose() {
      for (const s of sessions) await s.close();
      raw.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
