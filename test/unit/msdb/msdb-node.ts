// A real engine over a real store in a temporary folder, msdb built from the scripts: the one
// msdb test node (the Agent procedure nodes add their procedures, clock and helpers on top).
import type { EngineHandle, EngineSession } from '../../../src/engine/api';
import type { NodeStore, SessionStorage } from '../../../src/store/index';
import { applyMsdbSchema } from '../../../src/msdb/index';
import { ok, openEngineNode, type EngineNodeOptions, PASSWORD } from '../helpers/engine-node';

export { ok, PASSWORD, RecordingSink, run } from '../helpers/engine-node';

export interface MsdbNode {
  /** the data folder (reopen it with `dir` to start the node again) */
  readonly dir: string;
  readonly engine: EngineHandle;
  readonly store: NodeStore;
  /** a store connection on msdb (migration records) */
  readonly raw: SessionStorage;
  /** sa, current database msdb */
  readonly sa: EngineSession;
  /** a new session of `loginName` in msdb, without signing in (program name 'unit' unless given) */
  open(loginName: string, programName?: string): EngineSession;
  /** a session of `loginName` (authenticated with PASSWORD) in msdb */
  sessionOf(loginName: string): Promise<EngineSession>;
  /** the runBatch of applyMsdbSchema: one batch as sa, throwing on error */
  runBatch(text: string): Promise<void>;
  /** the numbers applyMsdbSchema applied when the node was opened */
  readonly applied: readonly number[];
  /** stops the node, keeping its folder */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

/** what differs between the msdb nodes: procedures, clock, folder (a new one unless `dir`), sa signing in first */
export type MsdbNodeOptions = EngineNodeOptions;

export async function openMsdbNode(options: MsdbNodeOptions = {}): Promise<MsdbNode> {
  const node = await openEngineNode({ prefix: 'msxd-msdb-', ...options });
  const { engine } = node;
  const open = (loginName: string, programName?: string): EngineSession =>
    node.open({ loginName, database: 'msdb', ...(programName === undefined ? {} : { programName }) });
  const sa = open('sa');
  const raw = node.raw('msdb');
  const runBatch = async (text: string): Promise<void> => { await ok(sa, text); };
  const applied = await applyMsdbSchema({ session: raw, runBatch });
  return {
    dir: node.dir, engine, store: node.store, raw, sa, open, runBatch, applied,
    async sessionOf(loginName) {
      if ((await engine.authenticate(loginName, PASSWORD)).kind !== 'ok') throw new Error(`login ${loginName} failed`);
      return open(loginName);
    },
    close: () => node.close(),
    dispose: () => node.dispose(),
  };
}
