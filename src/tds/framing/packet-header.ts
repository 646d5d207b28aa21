// MS-TDS 2.2.3.1 packet header: Type(1) Status(1) Length(2, big-endian, includes the header)
// SPID(2, big-endian) PacketID(1, mod 256, receivers ignore it) Window(1, always 0).
import { ProtocolError } from '../../errors/protocol-error';
import { PACKET_HEADER_LENGTH, PACKET_TYPE_NAME, type PacketType } from '../constants';

export interface PacketHeader {
  readonly type: PacketType;
  readonly status: number;
  /** whole packet, header included */
  readonly length: number;
  readonly spid: number;
  readonly packetId: number;
}

const OFFSET = { TYPE: 0, STATUS: 1, LENGTH: 2, SPID: 4, PACKET_ID: 6, WINDOW: 7 } as const;

export function isPacketType(type: number): type is PacketType {
  return PACKET_TYPE_NAME[type] !== undefined;
}

/** Decodes the 8 header bytes at `offset`; the caller guarantees they are present. */
export function decodePacketHeader(buf: Buffer, offset = 0): PacketHeader {
  const length = packetLength(buf, offset);
  return {
    type: buf[offset + OFFSET.TYPE] as PacketType,
    status: buf[offset + OFFSET.STATUS] as number,
    length,
    spid: buf.readUInt16BE(offset + OFFSET.SPID),
    packetId: buf[offset + OFFSET.PACKET_ID] as number,
  };
}

/**
 * The Length of the header at `offset`, validated as decodePacketHeader validates it (known Type,
 * Length at least the header), for readers that take the other fields straight from the bytes.
 */
export function packetLength(buf: Buffer, offset: number): number {
  const type = buf[offset + OFFSET.TYPE] as number;
  // 2.2.3.1.1: "If an unknown Type is specified, the message receiver SHOULD disconnect".
  if (!isPacketType(type)) throw new ProtocolError(`unknown packet type 0x${type.toString(16)}`);
  const length = buf.readUInt16BE(offset + OFFSET.LENGTH);
  if (length < PACKET_HEADER_LENGTH) throw new ProtocolError(`packet length ${length} shorter than its header`);
  return length;
}

export function packetSpid(buf: Buffer, offset: number): number {
  return buf.readUInt16BE(offset + OFFSET.SPID);
}

export function encodePacketHeader(target: Buffer, offset: number, header: PacketHeader): void {
  target[offset + OFFSET.TYPE] = header.type;
  target[offset + OFFSET.STATUS] = header.status;
  target.writeUInt16BE(header.length, offset + OFFSET.LENGTH);
  target.writeUInt16BE(header.spid, offset + OFFSET.SPID);
  target[offset + OFFSET.PACKET_ID] = header.packetId & 0xff;
  target[offset + OFFSET.WINDOW] = 0;
}
