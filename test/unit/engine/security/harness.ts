// A real engine over a real store in a temporary data folder (store sessions on), with sessions
// for sa and for any other login (non-sysadmin security tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineHandle, EngineSession } from '../../../../src/engine/api';
import { createEngine } from '../../../../src/engine/index';
import { systemProcedures } from '../../../../src/procedures/index';
import { openNodeStore, type NodeStore } from '../../../../src/store/index';
import type { SqlValue } from '../../../../src/types/values';
import { IDENTITY, login, RecordingSink } from '../helpers';

export const SA_PASSWORD = 'Str0ng!Passw0rd';

export interface SecurityNode {
  readonly dir: string;
  readonly store: NodeStore;
  readonly engine: EngineHandle;
  /** a session of sa (sysadmin) */
  sa(database?: string): EngineSession;
  /** a session of another login, authenticated with its password first */
  as(loginName: string, password: string, database?: string): Promise<EngineSession>;
  dispose(): Promise<void>;
}

export async function openSecurityNode(): Promise<SecurityNode> {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-sec-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: SA_PASSWORD });
  const engine = createEngine({ identity: IDENTITY, store, storageSessions: true, procedures: systemProcedures });
  await engine.authenticate('sa', SA_PASSWORD);
  const sessions: EngineSession[] = [];
  let spid = 51;
  const open = (loginName: string, database: string): EngineSession => {
    const s = engine.openSession(login({ loginName, database, spid: spid++ }));
    sessions.push(s);
    return s;
  };
  return {
    dir, store, engine,
    sa: (database = 'master') => open('sa', database),
    async as(loginName, password, database = 'master') {
      const name = await engine.authenticate(loginName, password);
      if (!name) throw new Error(`login ${loginName} failed`);
      return open(name, database);
    },
    async dispose() {
      for (const s of sessions) await s.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function run(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await session.executeBatch(text, sink, new AbortController().signal);
  return sink;
}

export async function errorsOf(session: EngineSession, text: string): Promise<number[]> {
  return (await run(session, text)).errors.map((e) => e.number);
}

export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = await run(session, text);
  if (sink.errors.length > 0) throw new Error(`batch failed: ${sink.errors.map((e) => `${e.number} ${e.message}`).join(' | ')}\n${text}`);
  return sink;
}

/** rows of the first result set of a batch that must not fail */
export async function rows(session: EngineSession, text: string): Promise<(readonly SqlValue[])[]> {
  const sets = (await ok(session, text)).resultSets;
  if (sets.length === 0) throw new Error(`no result set: ${text}`);
  return sets[0]!.rows;
}

export async function scalar(session: EngineSession, text: string): Promise<SqlValue> {
  const r = await rows(session, text);
  return r[0]?.[0] ?? null;
}
