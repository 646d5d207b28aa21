// MS-TDS 2.2.6.1 BulkLoadBCP: COLMETADATA (2.2.7.4), then ROW (2.2.7.19) or NBCROW (2.2.7.15)
// tokens, then DONE (2.2.7.6). A bulk message may be many megabytes (tedious sends 100k rows in
// one), so it is decoded piece by piece as its packets arrive: push() takes the next part of the
// payload and returns the rows it completed; the bytes of an unfinished token wait for the next
// part. Memory held is the unfinished token only (bounded by maxPending).
import { sqlErrorWithState } from '../../errors/catalog';
import { ProtocolError } from '../../errors/protocol-error';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { DATA_TYPE, TDS_VERSION, TOKEN, TOKEN_NAME, atLeast, type TdsVersion } from '../constants';
import { BufferReader, TruncatedInput } from '../io/buffer-reader';
import { decodeData } from '../types/data-codec';
import { readParamTypeInfo, type ParamTypeInfo } from '../types/type-info-read';
import { readParamValue } from '../types/value-read';

export interface BulkColumnInfo {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly info: ParamTypeInfo;
}

export interface BulkLoadChunk {
  /** set once, by the push that decoded COLMETADATA */
  readonly columns?: readonly BulkColumnInfo[];
  readonly rows: SqlValue[][];
  /** DONE was read, or the message ended between tokens */
  readonly done: boolean;
}

export interface BulkLoadDecoderOptions {
  /** the largest unfinished token kept while waiting for the next part; default 16 MiB */
  readonly maxPending?: number;
}

const EMPTY = Buffer.alloc(0);
const DEFAULT_MAX_PENDING = 16 * 1024 * 1024;
/** COLMETADATA Flags bit 0 (2.2.7.4) */
const FLAG_NULLABLE = 0x0001;
/** COLMETADATA Count 0xFFFF: NoMetaData */
const NO_METADATA = 0xffff;
const TEXT_IDS: ReadonlySet<number> = new Set([DATA_TYPE.TEXT, DATA_TYPE.NTEXT, DATA_TYPE.IMAGE]);
/** TEXTPTR + 8-byte TIMESTAMP precede a text/ntext/image value in a row (2.2.7.19) */
const TEXT_TIMESTAMP_LENGTH = 8;

export class BulkLoadDecoder {
  private pending: Buffer = EMPTY;
  /** after an unfinished token: decode again once this many bytes are pending (doubling, so a
   *  large row costs linear time, not a re-parse per packet) */
  private retryAt = 0;
  private columns: BulkColumnInfo[] | undefined;
  private done = false;
  private readonly maxPending: number;

  constructor(private readonly tdsVersion: TdsVersion, options: BulkLoadDecoderOptions = {}) {
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
  }

  /**
   * `last`: this part ends the message. Throws ProtocolError for bytes that are not a bulk
   * stream (unknown token, bad TYPE_INFO: the connection closes) and SqlError for data the
   * client got wrong, as SQL Server reports it: 4894 no COLMETADATA, 4815 a value whose length
   * does not fit its type (colid 1-based), 4804 the message ends inside a row.
   */
  push(part: Buffer, last: boolean): BulkLoadChunk {
    const hadColumns = this.columns !== undefined;
    const rows: SqlValue[][] = [];
    if (this.done) return { rows, done: true };
    const buf = this.pending.length === 0 ? part : Buffer.concat([this.pending, part]);
    let pos = 0;
    if (buf.length >= this.retryAt || last) {
      const r = new BufferReader(buf, 0, 'BulkLoadBCP');
      while (!r.atEnd() && !this.done) {
        const start = r.offset;
        try {
          this.token(r, rows);
        } catch (e) {
          if (!(e instanceof TruncatedInput)) throw e;
          if (last) throw sqlErrorWithState(4804, 1);
          this.retryAt = 2 * (buf.length - start);
          r.seek(start, 'token start');
          break;
        }
        pos = r.offset;
        this.retryAt = 0;
      }
    }
    this.pending = this.done || pos === buf.length ? EMPTY : Buffer.from(buf.subarray(pos));
    if (this.pending.length > this.maxPending) throw new ProtocolError(`bulk load token longer than ${this.maxPending} bytes`);
    if (last && this.columns === undefined) throw sqlErrorWithState(4894, 1);
    if (last) this.done = true;
    const columns = !hadColumns && this.columns ? { columns: this.columns } : {};
    return { ...columns, rows, done: this.done };
  }

  private token(r: BufferReader, rows: SqlValue[][]): void {
    const token = r.u8('token type');
    if (this.columns === undefined && token !== TOKEN.COLMETADATA) throw sqlErrorWithState(4894, 1);
    switch (token) {
      case TOKEN.COLMETADATA:
        if (this.columns !== undefined) throw new ProtocolError('a second COLMETADATA in a bulk load');
        this.columns = this.readColumns(r);
        return;
      case TOKEN.ROW:
        rows.push(this.readRow(r, false));
        return;
      case TOKEN.NBCROW:
        rows.push(this.readRow(r, true));
        return;
      case TOKEN.DONE:
        r.skip(atLeast(this.tdsVersion, TDS_VERSION.V7_2) ? 12 : 8, 'DONE');
        this.done = true;
        return;
      default:
        throw new ProtocolError(`unexpected ${TOKEN_NAME[token] ?? `token 0x${token.toString(16)}`} in a bulk load`);
    }
  }

  private readColumns(r: BufferReader): BulkColumnInfo[] {
    const count = r.u16le('COLMETADATA Count');
    if (count === NO_METADATA) throw sqlErrorWithState(4894, 1);
    const wideUserType = atLeast(this.tdsVersion, TDS_VERSION.V7_2);
    const columns: BulkColumnInfo[] = [];
    for (let i = 0; i < count; i++) {
      if (wideUserType) r.u32le('UserType');
      else r.u16le('UserType');
      const flags = r.u16le('Flags');
      const info = readParamTypeInfo(r);
      // TableName of text/ntext/image columns: one US_VARCHAR, as tedious and FreeTDS send it
      if (TEXT_IDS.has(info.id)) r.usVarchar('TableName');
      const name = r.bVarchar('ColName');
      columns.push({ name, type: info.type, nullable: (flags & FLAG_NULLABLE) !== 0, info });
    }
    return columns;
  }

  private readRow(r: BufferReader, nullBitmap: boolean): SqlValue[] {
    const columns = this.columns!;
    const bitmap = nullBitmap ? r.bytes(Math.ceil(columns.length / 8), 'NullBitmap') : undefined;
    const row: SqlValue[] = new Array<SqlValue>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      if (bitmap && ((bitmap[i >> 3] as number) & (1 << (i & 7))) !== 0) {
        row[i] = null;
        continue;
      }
      row[i] = readValue(r, columns[i]!.info, i + 1);
    }
    return row;
  }
}

/** One value of a row; `colid` (1-based) names the column in 4815. */
function readValue(r: BufferReader, info: ParamTypeInfo, colid: number): SqlValue {
  try {
    if (TEXT_IDS.has(info.id)) return readTextValue(r, info);
    return readParamValue(r, info);
  } catch (e) {
    if (e instanceof TruncatedInput || !(e instanceof ProtocolError)) throw e;
    throw sqlErrorWithState(4815, 1, colid);
  }
}

/** text/ntext/image in a row: TEXTPTR (BYTELEN, 0 = NULL), TIMESTAMP, then LONGLEN data */
function readTextValue(r: BufferReader, info: ParamTypeInfo): SqlValue {
  const pointerLength = r.u8('TextPointer length');
  if (pointerLength === 0) return null;
  r.skip(pointerLength + TEXT_TIMESTAMP_LENGTH, 'TextPointer and Timestamp');
  const length = r.u32le('text length');
  return decodeData(info.type, r.bytes(length, 'text data'), info.codePage);
}
