// What a session is doing, as the DBA's views see it: sys.dm_exec_requests, sys.sysprocesses,
// sp_who2 and DBCC INPUTBUFFER read it, KILL acts on it. Kept apart from SessionState's T-SQL
// state because RESETCONNECTION leaves it alone (a pooled connection keeps its login time and
// its input buffer, as in SQL Server).
import type { Statement } from '../../tsql/ast';
import type { ServerCounters } from '../server-counters';

/** DBCC INPUTBUFFER's EventType: what the client last sent ("DBCC INPUTBUFFER (Transact-SQL)"). */
export type InputEvent =
  | { readonly kind: 'language'; readonly text: string }
  | { readonly kind: 'rpc'; readonly procedure: string; readonly parameterCount: number; readonly sqlText?: string };

/** The request running now (sys.dm_exec_requests has a row for it). */
export interface RunningRequest {
  readonly startTime: Date;
  /** aborted when the client cancels or the connection goes (KILL included) */
  readonly signal: AbortSignal;
  /** a transaction-manager request: it has no text of its own (sql_handle NULL) */
  readonly manager?: true;
}

/** What the connection carrying the session does on KILL (server/ fills it; see api.ts SessionControl). */
export type KillConnection = (requestRunning: boolean) => void;

export class SessionActivity {
  /** the last request the client sent (DBCC INPUTBUFFER); undefined before the first */
  input: InputEvent | undefined;
  request: RunningRequest | undefined;
  /** start of the last request, or the login time before the first (sysprocesses.last_batch) */
  lastBatch: Date;
  /** the statement being run: sys.dm_exec_requests.command */
  statement: Statement['kind'] | undefined;
  /** since when the running request waits for another session's write lock */
  waitingSince: Date | undefined;
  /** since when the running request sleeps in WAITFOR (sys.dm_os_waiting_tasks) */
  waitforSince: Date | undefined;
  /** KILL ran against this session: its connection is being closed */
  killed = false;
  /** aborted by KILL: the signal of transaction-manager requests, which get none from the client */
  private killController: AbortController | undefined;
  /** bound once: the LockWait listener (store/api.ts) every write statement passes */
  readonly onLockWait = (waiting: boolean): void => {
    if (waiting) {
      this.waitingSince = this.now();
      this.counters.waitStarted('LCK_M_X');
      this.counters.lockWaits++;
    } else {
      this.lockWaitEnded();
    }
  };

  constructor(
    readonly loginTime: Date,
    private readonly now: () => Date,
    /** ends the session's connection (KILL); an in-process session just closes */
    private readonly killConnection: KillConnection,
    /** the node's wait counters (sys.dm_os_wait_stats): a lock wait adds to LCK_M_X */
    private readonly counters: ServerCounters,
  ) {
    this.lastBatch = loginTime;
  }

  /** A batch or RPC starts. */
  begin(input: InputEvent, signal: AbortSignal): void {
    this.input = input;
    const startTime = this.now();
    this.lastBatch = startTime;
    this.request = { startTime, signal };
    this.statement = undefined;
  }

  /**
   * A transaction-manager request (MS-TDS 2.2.6.9: BEGIN/COMMIT/ROLLBACK from the client library)
   * starts: it has no input event of its own, and KILL's abort is its signal (a BEGIN may wait for
   * the write lock).
   */
  beginManagerRequest(statement: Statement['kind']): void {
    this.request = { startTime: this.now(), signal: (this.killController ??= new AbortController()).signal, manager: true };
    this.statement = statement;
  }

  /** KILL: a wait of a transaction-manager request ends, then the connection closes. */
  kill(): void {
    this.killed = true;
    this.killController?.abort(new Error('session killed'));
    this.killConnection(this.request !== undefined);
  }

  end(): void {
    this.request = undefined;
    this.statement = undefined;
    this.waitforSince = undefined;
    this.lockWaitEnded();
  }

  /** a wait cut short (timeout, KILL, attention) still took its time: end() closes it */
  private lockWaitEnded(): void {
    if (this.waitingSince === undefined) return;
    this.counters.waitEnded('LCK_M_X', Math.max(0, this.now().getTime() - this.waitingSince.getTime()));
    this.waitingSince = undefined;
  }
}
