// Message bytes -> packets of the negotiated size (MS-TDS 2.2.3.1; 3.3.5: the server splits its
// responses at the negotiated packet size too). PacketWriter is incremental: tokens are written
// as they are produced and every full packet is handed to `onPacket` as soon as the writer knows
// it is not the last one, so a large result never sits whole in memory.
import { PACKET_HEADER_LENGTH, PACKET_STATUS, type PacketType } from '../constants';
import { encodePacketHeader } from './packet-header';

export interface PacketWriterOptions {
  /** SPID written in every header (2.2.3.1.4); 0 before login */
  readonly spid?: number;
}

/** 2.2.3.1.5: PacketID counts packets of one message from 1, modulo 256. */
const FIRST_PACKET_ID = 1;
const PACKET_ID_MODULO = 256;
/** below half of Buffer.poolSize (8 KiB) allocUnsafe slices the shared pool */
const COPY_LIMIT = Buffer.poolSize >>> 1;
/** up to this many bytes a byte loop copies faster than TypedArray.set */
const SMALL_COPY = 32;

export class PacketWriter {
  private packet: Buffer;
  private fill = PACKET_HEADER_LENGTH;
  private packetId = FIRST_PACKET_ID;
  private spid: number;

  constructor(
    private readonly type: PacketType,
    private packetSize: number,
    private readonly onPacket: (packet: Buffer) => void,
    options: PacketWriterOptions = {},
  ) {
    if (packetSize <= PACKET_HEADER_LENGTH) throw new RangeError(`packet size ${packetSize} too small`);
    this.spid = options.spid ?? 0;
    this.packet = Buffer.allocUnsafe(packetSize);
  }

  /** Takes effect from the next message (call only between end() and the next write()). */
  setPacketSize(size: number): void {
    if (size <= PACKET_HEADER_LENGTH) throw new RangeError(`packet size ${size} too small`);
    this.packetSize = size;
    if (this.fill === PACKET_HEADER_LENGTH) this.packet = Buffer.allocUnsafe(size);
  }

  setSpid(spid: number): void {
    this.spid = spid;
  }

  /** bytes written to the current message that have not yet been handed over */
  get buffered(): number {
    return this.fill - PACKET_HEADER_LENGTH;
  }

  /** true when writing `bytes` more would complete the current packet (so it is not the last) */
  wouldFill(bytes: number): boolean {
    return this.fill + bytes >= this.packet.length;
  }

  /** Appends the first `length` bytes of `data` (all of it by default); they are copied at once. */
  write(data: Uint8Array, length = data.length): void {
    if (this.fill + length < this.packet.length) {
      // the usual token: it fits. A few bytes (a ROW of SELECT 1, a DONE) are copied one by one,
      // cheaper than the typed-array view a partial set() needs.
      const packet = this.packet;
      let fill = this.fill;
      if (length <= SMALL_COPY) {
        for (let i = 0; i < length; i++) packet[fill++] = data[i]!;
      } else {
        packet.set(length === data.length ? data : data.subarray(0, length), fill);
        fill += length;
      }
      this.fill = fill;
      return;
    }
    let at = 0;
    while (at < length) {
      if (this.fill === this.packet.length) this.flush(false);
      const n = Math.min(this.packet.length - this.fill, length - at);
      this.packet.set(data.subarray(at, at + n), this.fill);
      this.fill += n;
      at += n;
    }
  }

  /** Ends the message: the buffered bytes go out in a packet with EOM. */
  end(): void {
    this.flush(true);
    this.packetId = FIRST_PACKET_ID;
  }

  private flush(last: boolean): void {
    encodePacketHeader(this.packet, 0, {
      type: this.type,
      status: last ? PACKET_STATUS.EOM : PACKET_STATUS.NORMAL,
      length: this.fill,
      spid: this.spid,
      packetId: this.packetId,
    });
    this.packetId = (this.packetId + 1) % PACKET_ID_MODULO;
    let out: Buffer;
    if (this.fill === this.packet.length || this.fill >= COPY_LIMIT) {
      // The socket may hold on to the packet until it is sent: hand it over, start a new one.
      out = this.fill === this.packet.length ? this.packet : this.packet.subarray(0, this.fill);
      this.packet = Buffer.allocUnsafe(this.packetSize);
    } else {
      // Most responses are one short packet: copying it into a pool slice costs less than a
      // fresh packet-size ArrayBuffer (not pooled from 4 KiB) per message, and the GC it brings.
      out = Buffer.allocUnsafe(this.fill);
      this.packet.copy(out, 0, 0, this.fill);
    }
    this.fill = PACKET_HEADER_LENGTH;
    this.onPacket(out);
  }
}

/** One whole message as packets, concatenated (PRELOGIN replies, tests, small responses). */
export function encodePackets(
  type: PacketType,
  payload: Uint8Array,
  packetSize: number,
  options: PacketWriterOptions = {},
): Buffer {
  const packets: Buffer[] = [];
  const writer = new PacketWriter(type, packetSize, (p) => packets.push(p), options);
  writer.write(payload);
  writer.end();
  return Buffer.concat(packets);
}
