// A real engine over a real store with msdb built and the TypeScript procedures registered: the
// msdb-node fixture with `procedures`, so EXEC msdb.dbo.sp_help_targetserver runs our code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../../src/engine/index';
import type { EngineSession } from '../../../../src/engine/api';
import type { ProcedureDefinition } from '../../../../src/engine/procedure-registry';
import { openNodeStore } from '../../../../src/store/index';
import { applyMsdbSchema } from '../../../../src/msdb/index';
import { createProcedureRegistry, procedureDefinitions } from '../../../../src/procedures/index';
import { spMsxdAgentCapture } from '../../../../src/procedures/msdb/shared/agent-sql';
import { spAddJobServer } from '../../../../src/procedures/msdb/sp_add_jobserver';
import { spDeleteJobServer } from '../../../../src/procedures/msdb/sp_delete_jobserver';
import { IDENTITY, login, RecordingSink } from '../../engine/helpers';

export const PASSWORD = 'Str0ng!Passw0rd';
export { RecordingSink };

export interface MsxNode {
  readonly sa: EngineSession;
  /** a session of `loginName` (created with PASSWORD beforehand) in msdb */
  sessionOf(loginName: string): Promise<EngineSession>;
  /** sets GETDATE() of every session from now on */
  setNow(d: Date | undefined): void;
  dispose(): Promise<void>;
}

export async function run(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await session.executeBatch(text, sink, new AbortController().signal);
  return sink;
}

export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = await run(session, text);
  if (sink.errors.length > 0) throw new Error(`${sink.errors.map((e) => `${e.number} ${e.message}`).join(' | ')}\n${text}`);
  return sink;
}

/** the procedures of index.ts, plus those the MSX procedures call in case index.ts does not list them yet */
function registry() {
  const defs: ProcedureDefinition[] = [...procedureDefinitions];
  for (const extra of [spMsxdAgentCapture, spAddJobServer, spDeleteJobServer]) {
    if (!defs.some((d) => d.name === extra.name)) defs.push(extra);
  }
  return createProcedureRegistry(defs);
}

export async function openMsxNode(): Promise<MsxNode> {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-msx-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: PASSWORD });
  let now: Date | undefined;
  const engine = createEngine({
    identity: IDENTITY, store, storageSessions: true, procedures: registry(), clock: () => now ?? new Date(),
  });
  const sessions: EngineSession[] = [];
  let spid = 51;
  const open = (loginName: string): EngineSession => {
    const s = engine.openSession(login({ loginName, database: 'msdb', spid: spid++ }));
    sessions.push(s);
    return s;
  };
  const sa = open('sa');
  const raw = store.openSession({ database: 'msdb' });
  await applyMsdbSchema({ session: raw, runBatch: async (text) => { await ok(sa, text); } });
  return {
    sa,
    async sessionOf(loginName) {
      if (await engine.authenticate(loginName, PASSWORD) === null) throw new Error(`login ${loginName} failed`);
      return open(loginName);
    },
    setNow(d) { now = d; },
    async dispose() {
      for (const s of sessions) await s.close();
      raw.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
