// EngineSession: one client session. Each request (batch, RPC, TM) gets a RequestRun bound to its
// sink and attention signal; the SessionState carries everything across requests.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { SessionStorage } from '../../store/api';
import type { BulkRowSource, EngineSession, LoginInfo, RpcCall, SessionControl, TransactionRequest } from '../api';
import { runBulkLoad } from '../bulk/bulk-load';
import type { EngineContext } from '../engine-context';
import { Frame } from '../interpreter/frame';
import { runStatements } from '../interpreter/interpreter';
import { RequestRun, type Scope } from '../interpreter/scope';
import { BatchAbortSignal, CaughtErrorSignal, ReturnSignal, ScopeAbortSignal } from '../interpreter/signals';
import { compileErrors } from '../interpreter/compile-check';
import { internalError } from '../interpreter/interpreter';
import { parseFailureMessages } from '../parse';
import type { ResultSink } from '../result-sink';
import { executeRpc } from '../rpc/execute-rpc';
import { SessionState } from './session-state';
import { SessionActivity } from './session-activity';
import { registerSession, unregisterSession } from '../security/session-registry';
import { TDS_ISOLATION_LEVELS } from './set-options';
import { NO_STORAGE_TRANSACTIONS, type TransactionHost } from './transactions';
import { guardedCommit, guardedRollback } from '../ddl/rollback-guard';
import { dropGlobalTempTables } from '../ddl/global-temps';
import { databasesNamedIn } from '../sql/databases-named';
import { rpcSqlText } from './request-text';
import type { Statement } from '../../tsql/ast';

const DONE: Promise<void> = Promise.resolve();

/** the statement a transaction-manager request stands for (sys.dm_exec_requests.command) */
const TRANSACTION_STATEMENTS = {
  begin: 'beginTransaction', commit: 'commitTransaction', rollback: 'rollbackTransaction', save: 'saveTransaction',
} as const satisfies Record<TransactionRequest['kind'], Statement['kind']>;

export class Session implements EngineSession {
  readonly state: SessionState;

  constructor(
    private readonly engine: EngineContext,
    readonly login: LoginInfo,
    isSysadmin: boolean,
    private readonly storage?: SessionStorage,
    control?: SessionControl,
  ) {
    const activity = new SessionActivity(engine.now(), engine.now,
      control ? (running) => control.kill(running) : () => void this.close(), engine.counters);
    this.state = new SessionState(login, isSysadmin, storage ? storageHost(storage, () => this.state) : NO_STORAGE_TRANSACTIONS,
      engine.nextDescriptor, activity);
    this.state.storage = storage;
    registerSession(engine, this.state);
  }

  get database(): string {
    return this.state.database;
  }

  get transactionDescriptor(): Buffer {
    return this.state.transactions.descriptor;
  }

  private begin(sink: ResultSink, signal: AbortSignal): Scope {
    this.useSink(sink);
    return { engine: this.engine, session: this.state, run: new RequestRun(sink, signal), frame: new Frame('', 0) };
  }

  /** ENVCHANGEs go to the request's sink (a connection reuses one sink: no new closure then). */
  private useSink(sink: ResultSink): void {
    if (this.envSinkOf === sink) return;
    this.envSinkOf = sink;
    this.state.envSink = (c) => sink.envChange(c);
  }

  private envSinkOf: ResultSink | undefined;

  /**
   * Not an async function: a batch whose statements all complete synchronously (`SELECT 1`)
   * settles without a promise per statement or an await per stage.
   */
  executeBatch(text: string, sink: ResultSink, signal: AbortSignal): Promise<void> {
    try {
      return this.runBatch(text, sink, signal);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  private runBatch(text: string, sink: ResultSink, signal: AbortSignal): Promise<void> {
    if (this.state.pendingBulk) return this.bulkDataMissing(sink);
    const scope = this.begin(sink, signal);
    this.state.activity.begin({ kind: 'language', text }, signal);
    this.engine.counters.batchRequests++;
    let batch;
    let parameters: readonly string[] | undefined;
    try {
      const prepared = this.engine.languageBatches.prepare(text);
      batch = prepared.batch;
      parameters = prepared.template?.names;
      this.engine.languageBatches.bind(prepared, scope.frame);
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      const messages = parseFailureMessages(e);
      for (const m of messages) sink.message(m);
      this.state.lastError = messages[messages.length - 1]!.number;
      sink.statementDone({ command: 'other', error: true, inProc: false });
      this.state.activity.end();
      return DONE;
    }
    const compileFailures = compileErrors(batch.statements, parameters === undefined ? undefined : { parameters });
    if (compileFailures.length > 0) {
      for (const e of compileFailures) sink.message(e);
      this.state.lastError = compileFailures[compileFailures.length - 1]!.number;
      sink.statementDone({ command: 'other', error: true, inProc: false });
      this.state.activity.end();
      return DONE;
    }
    this.attachNamedDatabases(batch.statements);
    let pending: Promise<void> | undefined;
    try {
      pending = runStatements(batch.statements, scope);
    } catch (e) {
      this.escaped(e, scope);
    }
    if (pending === undefined) return this.endOfBatch(scope);
    return pending.then(() => this.endOfBatch(scope), (e: unknown) => {
      this.escaped(e, scope);
      return this.endOfBatch(scope);
    });
  }

  /**
   * SQLite cannot ATTACH inside an open transaction, so a database the batch names is attached
   * now, while none is open (a later BEGIN TRAN in the batch would otherwise make its first use
   * fail). Databases not existing yet (CREATE DATABASE in the batch) are left to the statement,
   * and so is the attach limit: the statement that needs the database raises the error.
   */
  private attachNamedDatabases(statements: readonly Statement[]): void {
    const storage = this.storage;
    if (!storage) return;
    // the batch's names first: asking SQLite whether a transaction is open is a native call
    const named = databasesNamedIn(statements);
    if (named.length === 0 || storage.inTransaction) return;
    const names = named.filter((d) => this.engine.store.databaseExists(d));
    if (names.length === 0) return;
    try {
      storage.ensureAttached(names);
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
    }
  }

  /**
   * What may legitimately leave the statement loop is RETURN or a batch abort; anything else (a
   * control-flow signal the compile check missed, an internal exception) is reported as an error
   * so the connection survives.
   */
  private escaped(e: unknown, scope: Scope): void {
    if (e instanceof ReturnSignal || e instanceof BatchAbortSignal || e instanceof ScopeAbortSignal) return;
    const err = e instanceof CaughtErrorSignal ? e.error : internalError(e, scope);
    this.state.lastError = err.number;
    scope.run.sink.message(err);
    scope.run.sink.statementDone({ command: 'other', error: true, inProc: false });
  }

  /** A doomed transaction cannot outlive the batch (3998, rolled back). */
  private endOfBatch(scope: Scope): Promise<void> {
    this.state.activity.end();
    if (this.state.transactions.xactState !== -1) return DONE;
    const e = sqlError(3998);
    e.lineNumber = 1;
    scope.run.sink.message(e);
    this.state.transactions.rollbackAll();
    return DONE;
  }

  /** As executeBatch: the call's promise is continued directly, no async wrapper around it. */
  executeRpc(call: RpcCall, sink: ResultSink, signal: AbortSignal): Promise<void> {
    try {
      if (this.state.pendingBulk) return this.bulkDataMissing(sink);
      const scope = this.begin(sink, signal);
      const sqlText = rpcSqlText(call);
      this.state.activity.begin({ kind: 'rpc', procedure: call.procedure, parameterCount: call.params.length, ...(sqlText === undefined ? {} : { sqlText }) }, signal);
      this.engine.counters.batchRequests++;
      let pending: Promise<void>;
      try {
        pending = executeRpc(call, scope);
      } catch (e) {
        this.escaped(e, scope);
        return this.endOfBatch(scope);
      }
      return pending.then(() => this.endOfBatch(scope), (e: unknown) => {
        this.escaped(e, scope);
        return this.endOfBatch(scope);
      });
    } catch (e) {
      return Promise.reject(e);
    }
  }

  async transaction(request: TransactionRequest, sink: ResultSink): Promise<void> {
    if (this.state.pendingBulk) return this.bulkDataMissing(sink);
    this.useSink(sink);
    const tm = this.state.transactions;
    this.state.activity.beginManagerRequest(TRANSACTION_STATEMENTS[request.kind]);
    try {
      switch (request.kind) {
        case 'begin': {
          const level = TDS_ISOLATION_LEVELS[request.isolationLevel];
          if (level) this.state.options.isolationLevel = level;
          await tm.begin(request.name);
          break;
        }
        case 'commit':
          tm.commit();
          if (request.beginNew) await tm.begin(request.name);
          break;
        case 'rollback':
          tm.rollback(request.name);
          if (request.beginNew) await tm.begin(request.name);
          break;
        case 'save':
          tm.save(request.name);
          break;
        default: {
          const never: never = request;
          throw new Error(`unknown transaction request ${String(never)}`);
        }
      }
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      e.lineNumber = 1;
      sink.message(e);
      sink.statementDone({ command: 'other', error: true, inProc: false });
    } finally {
      this.state.activity.end();
    }
  }

  bulkLoad(source: BulkRowSource, sink: ResultSink, signal: AbortSignal): Promise<void> {
    const scope = this.begin(sink, signal);
    this.state.activity.begin({ kind: 'language', text: 'INSERT BULK' }, signal);
    this.engine.counters.batchRequests++;
    return runBulkLoad(scope, source).finally(() => this.state.activity.end());
  }

  /** Any request other than the BulkLoadBCP message an INSERT BULK announced: 4022, not run. */
  private bulkDataMissing(sink: ResultSink): Promise<void> {
    this.state.pendingBulk = undefined;
    const e = sqlError(4022);
    e.lineNumber = 1;
    this.state.lastError = e.number;
    sink.message(e);
    sink.statementDone({ command: 'other', error: true, inProc: false });
    return DONE;
  }

  async reset(): Promise<void> {
    await this.state.transactions.rollbackAll();
    const db = this.state.database;
    this.state.resetToLogin();
    if (this.storage && db !== this.state.database) this.storage.useDatabase(this.state.database);
  }

  async close(): Promise<void> {
    unregisterSession(this.engine, this.state);
    this.state.apiCursors.clear();
    await this.state.transactions.rollbackAll();
    await dropGlobalTempTables(this.state).catch((e: unknown) => this.engine.logger.warn({ err: e }, 'dropping ##temp tables at disconnect'));
    this.storage?.close();
  }
}

/** The store's session connection as the transaction seam (next issue: tables to roll back). */
function storageHost(storage: SessionStorage, state: () => SessionState): TransactionHost {
  return {
    // the running request's signal: a BEGIN TRAN waiting for a lock ends with its connection (KILL)
    begin: () => {
      const { options, activity } = state();
      const signal = activity.request?.signal;
      return storage.beginTransaction(signal
        ? { lockTimeoutMs: options.lockTimeout, signal, onWait: activity.onLockWait }
        : { lockTimeoutMs: options.lockTimeout, onWait: activity.onLockWait });
    },
    commit: () => guardedCommit(state(), storage),
    rollback: () => guardedRollback(state(), storage, () => storage.rollback()),
    savepoint: (name) => storage.savepoint(name),
    rollbackToSavepoint: (name) => guardedRollback(state(), storage, () => storage.rollbackTo(name)),
  };
}
