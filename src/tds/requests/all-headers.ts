// MS-TDS 2.2.5.3 ALL_HEADERS: the prefix of SQL_BATCH, RPC and TRANSACTION_MANAGER requests
// from TDS 7.2 on. TotalLength DWORD (includes itself), then headers of HeaderLength DWORD
// (includes itself) + HeaderType USHORT + data.
import { ProtocolError } from '../../errors/protocol-error';
import { BufferReader } from '../io/buffer-reader';

/** MS-TDS 2.2.5.3 header types. */
export const HEADER_TYPE = {
  QUERY_NOTIFICATIONS: 0x0001,
  TRANSACTION_DESCRIPTOR: 0x0002,
  TRACE_ACTIVITY: 0x0003,
} as const;

export interface QueryNotificationHeader {
  readonly notifyId: string;
  readonly ssbDeployment: string;
  /** milliseconds; absent when the client sent none */
  readonly timeout?: number;
}

export interface AllHeaders {
  /** 2.2.5.3.2: 8 bytes, the descriptor of the client's transaction (zeros = none) */
  readonly transactionDescriptor?: Buffer;
  readonly outstandingRequestCount?: number;
  readonly queryNotification?: QueryNotificationHeader;
  /** 2.2.5.3.3: ActivityId GUID (16 bytes) + sequence ULONG */
  readonly traceActivity?: { readonly activityId: Buffer; readonly sequence: number };
}

const TOTAL_LENGTH_SIZE = 4;
const HEADER_PREFIX_SIZE = 6;
const TRANSACTION_DESCRIPTOR_SIZE = 8;
const ACTIVITY_ID_SIZE = 16;

/** Reads ALL_HEADERS at the reader's position and leaves it just past them. */
export function readAllHeaders(r: BufferReader): AllHeaders {
  const start = r.offset;
  const total = r.u32le('ALL_HEADERS TotalLength');
  if (total < TOTAL_LENGTH_SIZE) throw new ProtocolError(`ALL_HEADERS TotalLength ${total} too small`);
  r.need(total - TOTAL_LENGTH_SIZE, 'ALL_HEADERS');
  const end = start + total;
  const out: {
    transactionDescriptor?: Buffer;
    outstandingRequestCount?: number;
    queryNotification?: QueryNotificationHeader;
    traceActivity?: { activityId: Buffer; sequence: number };
  } = {};
  while (r.offset < end) {
    const headerStart = r.offset;
    const length = r.u32le('header HeaderLength');
    if (length < HEADER_PREFIX_SIZE || headerStart + length > end) {
      throw new ProtocolError(`ALL_HEADERS header length ${length} does not fit TotalLength ${total}`);
    }
    const type = r.u16le('header HeaderType');
    const headerEnd = headerStart + length;
    switch (type) {
      case HEADER_TYPE.TRANSACTION_DESCRIPTOR:
        out.transactionDescriptor = transactionDescriptor(r);
        out.outstandingRequestCount = r.u32le('OutstandingRequestCount');
        break;
      case HEADER_TYPE.QUERY_NOTIFICATIONS: {
        const notifyId = r.bytes(r.u16le('NotifyId length'), 'NotifyId').toString('utf16le');
        const ssbDeployment = r.bytes(r.u16le('SSBDeployment length'), 'SSBDeployment').toString('utf16le');
        out.queryNotification =
          r.offset < headerEnd
            ? { notifyId, ssbDeployment, timeout: r.u32le('NotifyTimeout') }
            : { notifyId, ssbDeployment };
        break;
      }
      case HEADER_TYPE.TRACE_ACTIVITY:
        out.traceActivity = {
          activityId: Buffer.from(r.bytes(ACTIVITY_ID_SIZE, 'ActivityId')),
          sequence: r.u32le('ActivitySequence'),
        };
        break;
      default:
        throw new ProtocolError(`unknown ALL_HEADERS header type ${type}`);
    }
    if (r.offset !== headerEnd) {
      throw new ProtocolError(`ALL_HEADERS header type ${type} length ${length} does not match its content`);
    }
  }
  return out;
}

/** Decodes a buffer that starts with ALL_HEADERS; `bodyOffset` is where the request body begins. */
/**
 * Outside a transaction (nearly every request) the descriptor is eight zero bytes: one shared
 * Buffer then, rather than a view of the payload per request. Readers only compare it.
 */
const NO_TRANSACTION = Buffer.alloc(TRANSACTION_DESCRIPTOR_SIZE);

function transactionDescriptor(r: BufferReader): Buffer {
  const low = r.u32le('TransactionDescriptor');
  const high = r.u32le('TransactionDescriptor');
  if (low === 0 && high === 0) return NO_TRANSACTION;
  const descriptor = Buffer.allocUnsafe(TRANSACTION_DESCRIPTOR_SIZE);
  descriptor.writeUInt32LE(low, 0);
  descriptor.writeUInt32LE(high, 4);
  return descriptor;
}

export function decodeAllHeaders(payload: Buffer): { readonly headers: AllHeaders; readonly bodyOffset: number } {
  const r = new BufferReader(payload, 0, 'ALL_HEADERS');
  const headers = readAllHeaders(r);
  return { headers, bodyOffset: r.offset };
}
