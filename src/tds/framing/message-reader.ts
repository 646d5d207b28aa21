// Bytes from the socket -> whole TDS messages (MS-TDS 2.2.3: a message is one or more packets,
// the last with EOM). Pure and synchronous: push() takes a chunk cut anywhere and returns the
// messages it completed. Memory held between calls is bounded by one packet plus one message
// (maxMessageSize), whatever the client sends.
import { ProtocolError } from '../../errors/protocol-error';
import { MAX_PACKET_SIZE, PACKET_HEADER_LENGTH, PACKET_STATUS, PACKET_TYPE, PACKET_TYPE_NAME, type PacketType } from '../constants';
import { packetLength, packetSpid } from './packet-header';

export interface TdsMessage {
  readonly type: PacketType;
  /** Status byte of the first packet (RESETCONNECTION bits count only there, 2.2.3.1.2) */
  readonly status: number;
  readonly resetConnection: boolean;
  readonly resetConnectionSkipTran: boolean;
  /**
   * The client abandoned the message (IGNORE + EOM). The payload is empty; 2.2.1.7 says the
   * server answers with a single DONE carrying DONE_ERROR.
   */
  readonly ignored: boolean;
  readonly spid: number;
  readonly payload: Buffer;
  /**
   * BULK_LOAD messages only: each packet is handed out as it arrives (a bulk message may be far
   * larger than maxMessageSize), `payload` holding that packet's data. `first`: the message's
   * first packet (its status counts); `last`: EOM.
   */
  readonly part?: { readonly first: boolean; readonly last: boolean };
}

export interface MessageReaderOptions {
  /** largest accepted message payload in bytes; default 16 MiB */
  readonly maxMessageSize?: number;
  /** largest accepted packet, header included; default 32767 (the TDS maximum) */
  readonly maxPacketSize?: number;
}

export const DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024 * 1024;
const EMPTY = Buffer.alloc(0);

interface PartialMessage {
  readonly type: PacketType;
  readonly status: number;
  readonly spid: number;
  readonly parts: Buffer[];
  size: number;
}

export class MessageReader {
  private readonly maxMessageSize: number;
  private maxPacketSize: number;
  private tail: Buffer = EMPTY;
  private current: PartialMessage | undefined;
  /** a BULK_LOAD message whose packets are being handed out (first status, spid) */
  private streaming: { readonly status: number; readonly spid: number } | undefined;

  constructor(options: MessageReaderOptions = {}) {
    this.maxMessageSize = options.maxMessageSize ?? DEFAULT_MAX_MESSAGE_SIZE;
    this.maxPacketSize = options.maxPacketSize ?? MAX_PACKET_SIZE;
  }

  /** After LOGIN7 negotiated a size (2.2.6.4), packets longer than it are rejected. */
  setMaxPacketSize(size: number): void {
    this.maxPacketSize = size;
  }

  /** true while part of a message or packet has been received but not completed */
  get hasPartial(): boolean {
    return this.tail.length > 0 || this.current !== undefined || this.streaming !== undefined;
  }

  /**
   * Never keeps a reference to `chunk` (the caller may reuse its memory once this returns): a
   * packet of an unfinished message and an incomplete packet are copied, a payload is a copy.
   */
  push(chunk: Buffer): TdsMessage[] {
    const buf = this.tail.length === 0 ? chunk : Buffer.concat([this.tail, chunk]);
    const out: TdsMessage[] = [];
    let pos = 0;
    while (buf.length - pos >= PACKET_HEADER_LENGTH) {
      const length = packetLength(buf, pos);
      if (length > this.maxPacketSize) {
        throw new ProtocolError(`packet length ${length} exceeds the packet size ${this.maxPacketSize}`);
      }
      if (buf.length - pos < length) break;
      const data = buf.subarray(pos + PACKET_HEADER_LENGTH, pos + length);
      const message = this.accept(buf[pos] as PacketType, buf[pos + 1] as number, packetSpid(buf, pos), data);
      pos += length;
      if (message) out.push(message);
    }
    // Copy the unconsumed bytes (less than one packet) so a large chunk is not kept alive.
    this.tail = pos === buf.length ? EMPTY : Buffer.from(buf.subarray(pos));
    return out;
  }

  private accept(type: PacketType, status: number, spid: number, data: Buffer): TdsMessage | undefined {
    const eom = (status & PACKET_STATUS.EOM) !== 0;
    const ignore = (status & PACKET_STATUS.IGNORE) !== 0;
    if (ignore && !eom) throw new ProtocolError('packet has IGNORE without EOM');
    if (this.streaming !== undefined || (type === PACKET_TYPE.BULK_LOAD && this.current === undefined)) {
      return this.acceptPart(type, status, spid, data, eom, ignore);
    }
    if (this.current === undefined && eom) {
      // the usual request: a message of one packet
      if (ignore) return message(type, status, spid, true, EMPTY);
      if (data.length > this.maxMessageSize) throw new ProtocolError(`message larger than ${this.maxMessageSize} bytes`);
      return message(type, status, spid, false, Buffer.from(data));
    }
    const current = this.current ?? { type, status, spid, parts: [], size: 0 };
    if (current.type !== type) {
      throw new ProtocolError(
        `packet type ${PACKET_TYPE_NAME[type]} inside an unfinished ${PACKET_TYPE_NAME[current.type]} message`,
      );
    }
    if (!ignore) {
      current.size += data.length;
      if (current.size > this.maxMessageSize) {
        throw new ProtocolError(`message larger than ${this.maxMessageSize} bytes`);
      }
      if (!eom) current.parts.push(Buffer.from(data));
    }
    if (!eom) {
      this.current = current;
      return undefined;
    }
    this.current = undefined;
    const payload = ignore ? EMPTY : Buffer.concat([...current.parts, data], current.size);
    return message(type, current.status, current.spid, ignore, payload);
  }

  /** MS-TDS 2.2.1.6: a bulk load message streams; IGNORE + EOM abandons what came before. */
  private acceptPart(type: PacketType, status: number, spid: number, data: Buffer, eom: boolean, ignore: boolean): TdsMessage {
    const first = this.streaming === undefined;
    if (!first && type !== PACKET_TYPE.BULK_LOAD) {
      throw new ProtocolError(`packet type ${PACKET_TYPE_NAME[type]} inside an unfinished BULK_LOAD message`);
    }
    const head = this.streaming ?? { status, spid };
    this.streaming = eom ? undefined : head;
    const m = message(type, head.status, head.spid, ignore, ignore ? EMPTY : Buffer.from(data));
    return { ...m, part: { first, last: eom } };
  }
}

/** status is the first packet's: the RESETCONNECTION bits count only there (2.2.3.1.2) */
function message(type: PacketType, status: number, spid: number, ignored: boolean, payload: Buffer): TdsMessage {
  return {
    type,
    status,
    resetConnection: (status & PACKET_STATUS.RESET_CONNECTION) !== 0,
    resetConnectionSkipTran: (status & PACKET_STATUS.RESET_CONNECTION_SKIP_TRAN) !== 0,
    ignored,
    spid,
    payload,
  };
}
