// A real engine + store with msdb built from sql/ and the TypeScript procedures registered, for the
// Agent job procedure tests. Logins: sa, and helpers to create plain / Agent-role logins.
import type { EngineHandle, EngineSession } from '../../../../src/engine/api';
import type { NodeStore } from '../../../../src/store/index';
import { createProcedureRegistry, procedureDefinitions } from '../../../../src/procedures/index';
import type { ProcedureDefinition } from '../../../../src/engine/procedure-registry';
import { ok, openMsdbNode, PASSWORD, type RecordingSink, run } from '../../msdb/msdb-node';

export { errorNumbers } from '../../helpers/engine-node';
export { ok, PASSWORD, RecordingSink, run } from '../../msdb/msdb-node';

export interface JobsNode {
  readonly engine: EngineHandle;
  readonly store: NodeStore;
  readonly sa: EngineSession;
  /** a new session of an existing login, current database msdb */
  sessionOf(loginName: string): Promise<EngineSession>;
  /** creates a login with a user in msdb, optionally in Agent roles, and opens a session */
  userWith(loginName: string, roles?: readonly string[]): Promise<EngineSession>;
  /** an sa session whose program name is SQL Server Agent's (PROGRAM_NAME() LIKE 'SQLAgent%') */
  agent(): EngineSession;
  dispose(): Promise<void>;
}

/** the single-column values of the last result set */
export function lastSet(sink: RecordingSink): { columns: string[]; rows: (readonly unknown[])[] } {
  const sets = sink.resultSets;
  const s = sets[sets.length - 1];
  if (!s) throw new Error('no result set');
  return { columns: s.columns.map((c) => c.name), rows: s.rows };
}

export async function openJobsNode(extra: readonly ProcedureDefinition[] = []): Promise<JobsNode> {
  const node = await openMsdbNode({
    prefix: 'msxd-jobs-', procedures: () => createProcedureRegistry([...procedureDefinitions, ...extra]),
  });
  const { engine, store, sa, sessionOf } = node;
  return {
    engine, store, sa, sessionOf,
    agent: () => node.open('sa', 'SQLAgent - Job Manager'),
    async userWith(loginName, roles = []) {
      await ok(sa, `CREATE LOGIN [${loginName}] WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE USER [${loginName}] FOR LOGIN [${loginName}];
${roles.map((r) => `ALTER ROLE ${r} ADD MEMBER [${loginName}];`).join('\n')}`);
      return sessionOf(loginName);
    },
    dispose: () => node.dispose(),
  };
}

export interface CallResult {
  /** the return status of the last procedure the batch executed */
  readonly status: number | undefined;
  readonly errors: readonly number[];
  /** every message as "number: text" */
  readonly messages: readonly string[];
  readonly sets: { columns: { name: string; type: string }[]; rows: (readonly unknown[])[] }[];
}

/** runs a batch (typically one EXEC) and summarizes what came back */
export async function call(session: EngineSession, text: string): Promise<CallResult> {
  const sink = await run(session, text);
  const statuses = sink.events.flatMap((e) => (e.kind === 'status' ? [e.value] : []));
  return {
    status: statuses[statuses.length - 1],
    errors: sink.errors.map((e) => e.number),
    messages: sink.messages.map((m) => `${m.number}: ${m.message}`),
    sets: sink.resultSets.map((s) => ({
      columns: s.columns.map((c) => ({ name: c.name, type: typeName(c.type) })),
      rows: s.rows,
    })),
  };
}

function typeName(t: { kind: string; length?: number | 'max' }): string {
  return t.length === undefined ? t.kind : `${t.kind}(${t.length})`;
}

/** the first column of the first row of the last result set */
export async function scalar(session: EngineSession, text: string): Promise<unknown> {
  const r = await call(session, text);
  return r.sets[r.sets.length - 1]?.rows[0]?.[0];
}
