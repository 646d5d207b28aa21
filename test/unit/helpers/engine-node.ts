// A real engine over a real store in a temporary data folder, store sessions on: the one opener
// behind the test nodes (engine DDL and security harnesses, the msdb / Agent procedure nodes),
// which differ only in the procedures, the clock, the folder and whether sa signs in first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../src/engine/index';
import type { EngineHandle, EngineSession, LoginInfo } from '../../../src/engine/api';
import type { ProcedureRegistry } from '../../../src/engine/procedure-registry';
import { openNodeStore, type NodeStore, type SessionStorage } from '../../../src/store/index';
import { IDENTITY, login, RecordingSink } from '../engine/helpers';

export const PASSWORD = 'Str0ng!Passw0rd';
export { RecordingSink };

export interface EngineNodeOptions {
  /** the data folder; default a new temporary one named `${prefix}XXXXXX` */
  readonly dir?: string;
  readonly prefix?: string;
  /** the procedures, built once the store is open (none when omitted) */
  readonly procedures?: (store: NodeStore, dir: string) => ProcedureRegistry;
  readonly clock?: () => Date;
  /** sa signs in once before any session opens (default true) */
  readonly authenticateSa?: boolean;
}

export interface EngineNode {
  readonly dir: string;
  readonly store: NodeStore;
  readonly engine: EngineHandle;
  /** a session with the next spid (from 51); the rest of the login is helpers' `login()` */
  open(info: Partial<Omit<LoginInfo, 'spid'>>): EngineSession;
  /** a raw store session, closed with the node */
  raw(database: string): SessionStorage;
  /** closes the sessions and the store, keeping the folder */
  close(): Promise<void>;
  /** close() and removes the folder */
  dispose(): Promise<void>;
}

export async function openEngineNode(options: EngineNodeOptions = {}): Promise<EngineNode> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), options.prefix ?? 'msxd-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: PASSWORD });
  const engine = createEngine({
    identity: IDENTITY, store, storageSessions: true,
    ...(options.procedures ? { procedures: options.procedures(store, dir) } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  if (options.authenticateSa ?? true) await engine.authenticate('sa', PASSWORD);
  const sessions: EngineSession[] = [];
  const raws: SessionStorage[] = [];
  let spid = 51;
  const node: EngineNode = {
    dir, store, engine,
    open(info) {
      const s = engine.openSession(login({ ...info, spid: spid++ }));
      sessions.push(s);
      return s;
    },
    raw(database) {
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

/** the sink, or an Error (prefixed by `label`) listing the batch's errors */
export function withoutErrors(sink: RecordingSink, text: string, label = ''): RecordingSink {
  if (sink.errors.length > 0) throw new Error(`${label}${sink.errors.map((e) => `${e.number} ${e.message}`).join(' | ')}\n${text}`);
  return sink;
}

/** runs a batch that must not fail */
export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  return withoutErrors(await run(session, text), text);
}

/** the error numbers a batch raised */
export function errorNumbers(sink: RecordingSink): number[] {
  return sink.errors.map((e) => e.number);
}

/** error numbers of a batch, in order */
export async function errorsOf(session: EngineSession, text: string): Promise<number[]> {
  return errorNumbers(await run(session, text));
}
