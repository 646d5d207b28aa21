// A real engine over a real store, msdb built, the procedures bound to a scripted TsxHost: what
// the target side sends to its master is recorded, what the master answers is given by the test.
import { join } from 'node:path';
import type { EngineSession } from '../../../../src/engine/api';
import { readCredentialSecret } from '../../../../src/engine/security/index';
import { createSystemProcedures, type MsxEndpoint, type RemoteCallResult, type RemoteParam, type TsxHost } from '../../../../src/procedures/index';
import type { RecordingSink } from '../../helpers/engine-node';
import { openMsdbNode } from '../../msdb/msdb-node';

export { errorNumbers } from '../../helpers/engine-node';
export { ok, PASSWORD, RecordingSink, run } from '../../msdb/msdb-node';

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

export async function openTsxNode(): Promise<TsxNode> {
  const node: TsxNode = {
    sa: undefined as unknown as EngineSession,
    calls: [],
    answer: OK_ANSWER,
    connectError: undefined,
    sessionOf: async () => { throw new Error('not ready'); },
    dispose: async () => undefined,
  };
  const host = (store: Parameters<typeof readCredentialSecret>[0], dir: string): TsxHost => ({
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
  });
  const msdb = await openMsdbNode({
    prefix: 'msxd-tsx-', procedures: (store, dir) => createSystemProcedures(host(store, dir)), authenticateSa: false,
  });
  return Object.assign(node, {
    sa: msdb.sa,
    sessionOf: (loginName: string) => msdb.sessionOf(loginName),
    dispose: () => msdb.dispose(),
  });
}

export function infoNumbers(sink: RecordingSink): number[] {
  return sink.messages.filter((m) => m.severity <= 10).map((m) => m.number);
}
