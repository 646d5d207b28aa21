// A real engine over a real store, msdb built, the procedures bound to a scripted TsxHost: what
// the target side sends to its master is recorded, what the master answers is given by the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../../src/engine/index';
import type { EngineSession } from '../../../../src/engine/api';
import { readCredentialSecret } from '../../../../src/engine/security/index';
import { openNodeStore } from '../../../../src/store/index';
import { applyMsdbSchema } from '../../../../src/msdb/index';
import { createSystemProcedures, type MsxEndpoint, type RemoteCallResult, type RemoteParam, type TsxHost } from '../../../../src/procedures/index';
import { IDENTITY, login, RecordingSink } from '../../engine/helpers';

export const PASSWORD = 'Str0ng!Passw0rd';
export { RecordingSink };

export interface RecordedCall { readonly endpoint: MsxEndpoint; readonly proc: string; readonly params: readonly RemoteParam[] }

export interface TsxNode {
  readonly sa: EngineSession;
  sessionOf(loginName: string): Promise<EngineSession>;
  /** every call made at "the master" */
  readonly calls: RecordedCall[];
  /** the master's answer to the next calls (default: success with an MSXOperator row) */
  answer: (proc: string, params: readonly RemoteParam[]) => RemoteCallResult;
  /** when set, connecting fails with this message */
  connectError: string | undefined;
  dispose(): Promise<void>;
}

export const OPERATOR_ROW = {
  id: 1, name: 'MSXOperator', enabled: 1, email_address: 'dba@example.com', pager_address: null, netsend_address: null,
  weekday_pager_start_time: 90000, weekday_pager_end_time: 180000, saturday_pager_start_time: 90000,
  saturday_pager_end_time: 180000, sunday_pager_start_time: 90000, sunday_pager_end_time: 180000, pager_days: 0,
};

export const OK_ANSWER = (proc: string, params: readonly RemoteParam[]): RemoteCallResult => {
  const action = params.find((p) => p.name === 'Action')?.value;
  return { returnStatus: 0, resultSets: proc === 'sp_enlist_tsx' && action !== 1 ? [[OPERATOR_ROW]] : [], messages: [], errors: [] };
};

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

export async function openTsxNode(): Promise<TsxNode> {
  const dir = mkdtempSync(join(tmpdir(), 'msxd-tsx-'));
  const { store } = await openNodeStore(dir, { initialSaPassword: PASSWORD });
  const node: TsxNode = {
    sa: undefined as unknown as EngineSession,
    calls: [],
    answer: OK_ANSWER,
    connectError: undefined,
    sessionOf: async () => { throw new Error('not ready'); },
    dispose: async () => undefined,
  };
  const host: TsxHost = {
    defaultCaFile: join(dir, 'tls', 'msx-ca.pem'),
    resolveCredential(name) {
      const c = readCredentialSecret(store, name);
      return c ? { identity: c.identity, secret: c.secret } : undefined;
    },
    async connect(endpoint) {
      if (node.connectError !== undefined) throw new Error(node.connectError);
      return {
        async call(proc, params) {
          node.calls.push({ endpoint, proc, params });
          return node.answer(proc, params);
        },
        async close() { /* nothing held */ },
      };
    },
  };
  const engine = createEngine({ identity: IDENTITY, store, storageSessions: true, procedures: createSystemProcedures(host) });
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
  return Object.assign(node, {
    sa,
    async sessionOf(loginName: string) {
      if (await engine.authenticate(loginName, PASSWORD) === null) throw new Error(`login ${loginName} failed`);
      return open(loginName);
    },
    async dispose() {
      for (const s of sessions) await s.close();
      raw.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

export function errorNumbers(sink: RecordingSink): number[] {
  return sink.errors.map((e) => e.number);
}

export function infoNumbers(sink: RecordingSink): number[] {
  return sink.messages.filter((m) => m.severity <= 10).map((m) => m.number);
}
