// A real engine over a real store on a temporary data folder (no mocks): sessions run batches
// into a recording sink.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineSession } from '../../../../src/engine/api';
import { createEngine } from '../../../../src/engine/index';
import type { EngineHandle } from '../../../../src/engine/api';
import { openNodeStore, type NodeStore } from '../../../../src/store';
import { IDENTITY, login, RecordingSink } from '../helpers';

export interface SqlNode {
  readonly store: NodeStore;
  readonly engine: EngineHandle;
  session(): Promise<EngineSession>;
  dispose(): Promise<void>;
}

export async function sqlNode(): Promise<SqlNode> {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-sql-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: 'Str0ng!Passw0rd' });
  const engine = createEngine({ identity: IDENTITY, store, storageSessions: true });
  await engine.authenticate('sa', 'Str0ng!Passw0rd');
  const sessions: EngineSession[] = [];
  let spid = 51;
  return {
    store,
    engine,
    async session() {
      const s = engine.openSession(login({ spid: spid++ }));
      sessions.push(s);
      return s;
    },
    async dispose() {
      for (const s of sessions) await s.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function exec(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await session.executeBatch(text, sink, new AbortController().signal);
  return sink;
}

/** runs a batch that must not fail; returns its result sets */
export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = await exec(session, text);
  if (sink.errors.length > 0) throw new Error(`unexpected errors: ${sink.errors.map((e) => `${e.number} ${e.message}`).join('; ')}`);
  return sink;
}

export function rows(sink: RecordingSink, set = 0): unknown[][] {
  return (sink.resultSets[set]?.rows ?? []).map((r) => r.map(plain));
}

/** SQL values made comparable in assertions: decimals as strings, bigints as numbers */
export function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v !== null && typeof v === 'object' && 'unscaled' in v && 'scale' in v) {
    const d = v as { unscaled: bigint; scale: number };
    const neg = d.unscaled < 0n;
    const digits = (neg ? -d.unscaled : d.unscaled).toString().padStart(d.scale + 1, '0');
    const text = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
    return neg ? `-${text}` : text;
  }
  return v;
}
