// A real engine over a real store in a temporary data folder (store sessions on), with sessions
// for sa and for any other login (non-sysadmin security tests).
import type { EngineHandle, EngineSession } from '../../../../src/engine/api';
import { systemProcedures } from '../../../../src/procedures/index';
import type { NodeStore } from '../../../../src/store/index';
import type { SqlValue } from '../../../../src/types/values';
import { openEngineNode, PASSWORD, run, withoutErrors, type RecordingSink } from '../../helpers/engine-node';

export { errorsOf, run } from '../../helpers/engine-node';

export const SA_PASSWORD = PASSWORD;

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
  const node = await openEngineNode({ prefix: 'msxd-sec-', procedures: () => systemProcedures });
  const { engine } = node;
  const open = (loginName: string, database: string): EngineSession => node.open({ loginName, database });
  return {
    dir: node.dir, store: node.store, engine,
    sa: (database = 'master') => open('sa', database),
    async as(loginName, password, database = 'master') {
      const auth = await engine.authenticate(loginName, password);
      if (auth.kind !== 'ok') throw new Error(`login ${loginName} failed (${auth.kind})`);
      return open(auth.loginName, database);
    },
    dispose: () => node.dispose(),
  };
}

export async function ok(session: EngineSession, text: string): Promise<RecordingSink> {
  return withoutErrors(await run(session, text), text, 'batch failed: ');
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
