// Drives an engine session directly: a recording ResultSink and a minimal in-memory NodeStore.
import type { LoginInfo, ServerIdentity } from '../../../src/engine/api';
import type { EnvChange, ResultColumn, ResultSink, StatementDone } from '../../../src/engine/result-sink';
import type { SqlError } from '../../../src/errors/sql-error';
import type { NodeStore } from '../../../src/store/api';
import type { SqlType } from '../../../src/types/sql-type';
import type { SqlValue } from '../../../src/types/values';
import { createEngine } from '../../../src/engine/index';
import type { ProcedureRegistry } from '../../../src/engine/procedure-registry';
import type { EngineSession } from '../../../src/engine/api';

export type Event =
  | { kind: 'columns'; columns: readonly ResultColumn[] }
  | { kind: 'row'; values: readonly SqlValue[] }
  | { kind: 'done'; done: StatementDone }
  | { kind: 'message'; msg: SqlError }
  | { kind: 'env'; change: EnvChange }
  | { kind: 'status'; value: number }
  | { kind: 'output'; ordinal: number; name: string; type: SqlType; value: SqlValue }
  | { kind: 'procDone'; error: boolean };

export class RecordingSink implements ResultSink {
  readonly events: Event[] = [];
  columns(columns: readonly ResultColumn[]): void { this.events.push({ kind: 'columns', columns }); }
  row(values: readonly SqlValue[]): void { this.events.push({ kind: 'row', values }); }
  statementDone(done: StatementDone): void { this.events.push({ kind: 'done', done }); }
  message(msg: SqlError): void { this.events.push({ kind: 'message', msg }); }
  envChange(change: EnvChange): void { this.events.push({ kind: 'env', change }); }
  returnStatus(value: number): void { this.events.push({ kind: 'status', value }); }
  outputParam(p: { ordinal: number; name: string; type: SqlType; value: SqlValue }): void { this.events.push({ kind: 'output', ...p }); }
  procedureDone(done: { rowCount?: number; error?: boolean }): void { this.events.push({ kind: 'procDone', error: done.error ?? false }); }
  drain(): void {}

  /** result sets: column names/types and row values */
  get resultSets(): { columns: readonly ResultColumn[]; rows: (readonly SqlValue[])[] }[] {
    const sets: { columns: readonly ResultColumn[]; rows: (readonly SqlValue[])[] }[] = [];
    for (const e of this.events) {
      if (e.kind === 'columns') sets.push({ columns: e.columns, rows: [] });
      if (e.kind === 'row') sets[sets.length - 1]!.rows.push(e.values);
    }
    return sets;
  }

  get messages(): SqlError[] {
    return this.events.flatMap((e) => (e.kind === 'message' ? [e.msg] : []));
  }

  get errors(): SqlError[] {
    return this.messages.filter((m) => m.severity > 10);
  }
}

const DATABASES = ['master', 'tempdb', 'model', 'msdb'];

export function fakeStore(): NodeStore {
  const dbs = DATABASES.map((name, i) => ({
    databaseId: i + 1, name, file: '', ownerSid: Buffer.from([1]), createDate: 0n, collationName: 'SQL_Latin1_General_CP1_CI_AS',
  }));
  const store: Partial<NodeStore> = {
    dataDir: '/nonexistent',
    checkLogin: async (name, password) => (name.toLowerCase() === 'sa' && password === 'pw'
      ? { kind: 'ok', login: { loginName: 'sa', isSysadmin: true, defaultDatabase: 'master' } } : { kind: 'badCredentials' }),
    listLogins: () => [],
    listDatabases: () => dbs,
    databaseExists: (name) => dbs.some((d) => d.name === name.toLowerCase()),
    getDatabase: (name) => dbs.find((d) => d.name === name.toLowerCase()),
  };
  return store as NodeStore;
}

export const IDENTITY: ServerIdentity = {
  serverName: 'MSXDTEST', machineName: 'MSXDTEST', productVersion: '16.0.4135.4', productLevel: 'RTM',
  edition: 'Developer Edition (64-bit)', engineEdition: 3,
};

export function login(overrides: Partial<LoginInfo> = {}): LoginInfo {
  return {
    spid: 51, loginName: 'sa', hostName: 'testhost', programName: 'unit', clientInterfaceName: 'Tedious',
    database: 'master', language: 'us_english', clientAddress: '127.0.0.1', clientPort: 50000,
    localAddress: '127.0.0.1', localPort: 1433, netTransport: 'TCP', encrypted: false, packetSize: 4096,
    tdsVersion: 0x74000004, ...overrides,
  };
}

export async function openSession(procedures?: ProcedureRegistry, sysadmin = true): Promise<EngineSession> {
  const engine = createEngine({ identity: IDENTITY, store: fakeStore(), ...(procedures ? { procedures } : {}) });
  if (sysadmin) await engine.authenticate('sa', 'pw');
  return engine.openSession(login(sysadmin ? {} : { loginName: 'bob' }));
}

export async function run(session: EngineSession, text: string): Promise<RecordingSink> {
  const sink = new RecordingSink();
  await session.executeBatch(text, sink, new AbortController().signal);
  return sink;
}
