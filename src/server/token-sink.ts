// Adapts the engine's ResultSink calls to TDS tokens streamed into the connection's response
// (the CockroachDB commandResult role). MS-TDS 2.2.7.6-8: every DONE/DONEINPROC/DONEPROC but the
// last of a response carries DONE_MORE, and whether one is the last is known only when the next
// output (or the end of the request) arrives, so the latest DONE is held back as `pending`
// (Babelfish's SendPendingDone).
import type { EnvChange, ResultColumn, ResultSink, StatementDone } from '../engine/result-sink';
import { SqlError } from '../errors/sql-error';
import type { SqlType } from '../types/sql-type';
import type { SqlValue } from '../types/values';
import type { TdsVersion } from '../tds/constants';
import { encodeColMetadata } from '../tds/tokens/colmetadata';
import { MAX_DONE_LENGTH, writeDone } from '../tds/tokens/done';
import { BufferWriter } from '../tds/io/buffer-writer';
import { encodeEnvChange } from '../tds/tokens/env-change';
import { encodeMessage } from '../tds/tokens/info-error';
import { encodeReturnStatus } from '../tds/tokens/return-status';
import { encodeReturnValue } from '../tds/tokens/return-value';
import { writeBestRow } from '../tds/tokens/row';
import type { TdsDone } from '../tds/tokens/token-types';
import type { ResponseWriter } from '../tds/transport/response-writer';

/** the engine awaits drain() every few hundred rows; only then is the socket's backlog checked */
const DRAIN_THRESHOLD = 256 * 1024;

const NO_COLUMNS: readonly ResultColumn[] = Object.freeze([]);
const ROW_WRITER_BYTES = 256;
const ROW_WRITER_KEEP_BYTES = 64 * 1024;

type MutableDone = { -readonly [K in keyof TdsDone]: TdsDone[K] };

export class TokenSink implements ResultSink {
  private columnsOfSet: readonly ResultColumn[] = NO_COLUMNS;
  /**
   * The last COLMETADATA sent and the columns it describes: a repeated query (a cached
   * translation) sends equal columns whose types are the same objects, so it is reused.
   */
  private metadataColumns: readonly ResultColumn[] = NO_COLUMNS;
  private metadata: Buffer | undefined;
  private pending: MutableDone | undefined;
  /** an ERROR token was written after the last DONE: a DONE added by finish() reports it */
  private errorSinceDone = false;
  // ROW and DONE tokens are built in memory of the sink's own, reused: the response writer
  // copies a token before write() returns, so no buffer per token is allocated.
  private rowWriter = new BufferWriter(ROW_WRITER_BYTES);
  private readonly doneBytes = Buffer.allocUnsafe(MAX_DONE_LENGTH);

  constructor(
    /** a batch ends with DONE, an RPC with the DONEPROC of its last call */
    private request: 'batch' | 'rpc',
    private readonly out: ResponseWriter,
    private readonly tdsVersion: TdsVersion,
    private readonly serverName: string,
    /** whether a transaction is open now (DONE_INXACT) */
    private readonly inTransaction: () => boolean,
  ) {}

  /** Makes the sink ready for the connection's next request. */
  reset(request: 'batch' | 'rpc'): void {
    this.request = request;
    this.columnsOfSet = NO_COLUMNS;
    this.pending = undefined;
    this.errorSinceDone = false;
  }

  /** The request completed: the response ends (bound, so a promise reaction needs no closure). */
  readonly completed = (): void => this.finish();

  /**
   * The request failed. A SqlError ends the response as an error (the message, then the final
   * DONE with DONE_ERROR); anything else is rethrown for the session to handle.
   */
  readonly failed = (e: unknown): void => {
    if (!(e instanceof SqlError)) throw e;
    this.message(e);
    this.markError();
    this.finish();
  };

  columns(columns: readonly ResultColumn[]): void {
    this.flushPending();
    this.columnsOfSet = columns;
    if (this.metadata === undefined || (columns !== this.metadataColumns && !sameColumns(columns, this.metadataColumns))) {
      this.metadata = encodeColMetadata(columns, this.tdsVersion);
      this.metadataColumns = columns;
    }
    this.out.write(this.metadata);
  }

  row(values: readonly SqlValue[]): void {
    const w = this.rowWriter.reset();
    writeBestRow(w, this.columnsOfSet, values, this.tdsVersion);
    this.out.write(w.buffer, w.length);
    // a row with large values is not kept in memory for the connection's lifetime
    if (w.buffer.length > ROW_WRITER_KEEP_BYTES) this.rowWriter = new BufferWriter(ROW_WRITER_BYTES);
  }

  statementDone(done: StatementDone): void {
    this.flushPending();
    this.errorSinceDone = false;
    this.pending = this.held(done.inProc ? 'doneInProc' : 'done', done.command, done.rowCount, done.error);
  }

  message(msg: SqlError): void {
    this.flushPending();
    if (msg.severity > 10) this.errorSinceDone = true;
    this.out.write(encodeMessage(msg, this.serverName, this.tdsVersion));
  }

  envChange(change: EnvChange): void {
    this.flushPending();
    this.out.write(encodeEnvChange(change));
  }

  returnStatus(value: number): void {
    this.flushPending();
    this.out.write(encodeReturnStatus(value));
  }

  outputParam(param: { readonly ordinal: number; readonly name: string; readonly type: SqlType; readonly value: SqlValue }): void {
    this.flushPending();
    this.out.write(encodeReturnValue(param, this.tdsVersion));
  }

  procedureDone(done: { readonly rowCount?: number; readonly error?: boolean }): void {
    this.flushPending();
    this.errorSinceDone = false;
    this.pending = this.held('doneProc', 'execute', done.rowCount, done.error);
  }

  drain(): Promise<void> | void {
    if (this.out.backlog > DRAIN_THRESHOLD) return this.out.drain();
  }

  /** A transport-level failure of the whole request (error already sent): the final DONE has DONE_ERROR. */
  markError(): void {
    if (this.pending) this.pending.error = true;
    else this.errorSinceDone = true;
  }

  /**
   * Ends the response: the held-back DONE goes out as the final one (no DONE_MORE). A batch always
   * ends with a DONE token (after an EXEC's DONEPROC too, as SQL Server does); an RPC ends with
   * its last DONEPROC. When the last output was not a DONE (an empty batch, messages after the
   * last statement) a final one is added, since a response must end with one.
   */
  finish(): void {
    const last = this.request === 'batch' ? 'done' : 'doneProc';
    if (this.pending && this.pending.token !== last) this.flushPending();
    const done: TdsDone = this.pending ?? {
      token: last,
      command: last === 'done' ? 'other' : 'execute',
      ...(this.errorSinceDone ? { error: true } : {}),
      ...(this.inTransaction() ? { inTransaction: true } : {}),
    };
    this.pending = undefined;
    this.errorSinceDone = false;
    this.writeDoneToken(done);
    this.out.end();
  }

  /** A DONE to hold back; optional fields are left out rather than set to undefined. */
  private held(token: TdsDone['token'], command: TdsDone['command'], rowCount: number | undefined, error: boolean | undefined): MutableDone {
    const done: MutableDone = { token, command };
    if (rowCount !== undefined) done.rowCount = rowCount;
    if (error) done.error = true;
    if (this.inTransaction()) done.inTransaction = true;
    return done;
  }

  private flushPending(): void {
    const done = this.pending;
    if (!done) return;
    done.more = true;
    this.writeDoneToken(done);
    this.pending = undefined;
  }

  private writeDoneToken(done: TdsDone): void {
    this.out.write(this.doneBytes, writeDone(this.doneBytes, done, this.tdsVersion));
  }
}

/** Columns that encode to the same COLMETADATA: same names, flags and type objects. */
function sameColumns(a: readonly ResultColumn[], b: readonly ResultColumn[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ResultColumn;
    const y = b[i] as ResultColumn;
    if (x.name !== y.name || x.type !== y.type || x.nullable !== y.nullable || x.identity !== y.identity
      || x.updateable !== y.updateable || x.hidden !== y.hidden) return false;
  }
  return true;
}
