// Everything a session keeps between batches: current database, SET options, the counters behind
// @@ROWCOUNT/@@ERROR/@@IDENTITY, the transaction, prepared statements. RESETCONNECTION returns it
// to the login state (reset()).
import type { LoginInfo } from '../api';
import type { EnvChange } from '../result-sink';
import { cloneSetOptions, defaultSetOptions, isOn, LANGUAGES, type SetOptions } from './set-options';
import { TransactionManager, type TransactionHost } from './transactions';
import type { PreparedStatement } from '../rpc/prepared';
import type { SessionStorage } from '../../store/api';

export class SessionState {
  database: string;
  options: SetOptions;
  /** @@ROWCOUNT */
  rowCount = 0;
  /** @@ERROR */
  lastError = 0;
  /** @@IDENTITY / SCOPE_IDENTITY(): no tables yet */
  identity: number | bigint | null = null;
  /** @@FETCH_STATUS: no cursors yet, so never fetched */
  fetchStatus = -1;
  readonly transactions: TransactionManager;
  readonly prepared = new Map<number, PreparedStatement>();
  /** the store connection of this session (tables, DDL); undefined when the engine runs without one */
  storage: SessionStorage | undefined;
  private nextHandle = 1;
  /** where ENVCHANGE tokens of transaction changes go during the current request */
  envSink: (change: EnvChange) => void = () => {};

  private readonly loginOptions: SetOptions;

  constructor(
    readonly login: LoginInfo,
    readonly isSysadmin: boolean,
    host: TransactionHost,
    nextDescriptor: () => bigint,
  ) {
    this.database = login.database;
    const language = LANGUAGES[login.language.toLowerCase()]?.name ?? 'us_english';
    this.loginOptions = defaultSetOptions(language);
    this.options = cloneSetOptions(this.loginOptions);
    this.transactions = new TransactionManager(host, (c) => this.envSink(c), nextDescriptor);
  }

  get nocount(): boolean {
    return isOn(this.options, 'NOCOUNT');
  }

  get xactAbort(): boolean {
    return isOn(this.options, 'XACT_ABORT');
  }

  allocateHandle(statement: PreparedStatement): number {
    const handle = this.nextHandle++;
    this.prepared.set(handle, statement);
    return handle;
  }

  /** RESETCONNECTION: login database and options; the caller rolls back the transaction first. */
  resetToLogin(): void {
    this.database = this.login.database;
    this.options = cloneSetOptions(this.loginOptions);
    this.rowCount = 0;
    this.lastError = 0;
    this.identity = null;
    this.prepared.clear();
  }
}
