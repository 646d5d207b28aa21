// The server's side of one connection's output: token bytes in, TABULAR_RESULT (0x04) packets of
// the negotiated size out (MS-TDS 2.2.3.1, 3.3.5). Handlers write tokens and end() each response
// message; attention handling discards what has not been sent yet.
import { DEFAULT_PACKET_SIZE, PACKET_TYPE } from '../constants';
import { PacketWriter } from '../framing/packet-writer';
import type { Channel } from './channel';

export class ResponseWriter {
  private writer: PacketWriter;
  private packetSize = DEFAULT_PACKET_SIZE;
  private spid = 0;
  /** set while an ATTENTION is being acknowledged: the cancelled request's late writes are dropped */
  private discarding = false;
  private readonly onPacket = (packet: Buffer): void => {
    if (!this.channel.write(packet)) this.onBackpressure();
  };

  constructor(
    private readonly channel: Channel,
    private readonly onBackpressure: () => void,
  ) {
    this.writer = new PacketWriter(PACKET_TYPE.TABULAR_RESULT, this.packetSize, this.onPacket);
  }

  write(token: Uint8Array): void {
    if (!this.discarding) this.writer.write(token);
  }

  /** Ends the current response message (the last packet carries EOM). */
  end(): void {
    if (!this.discarding) this.writer.end();
  }

  /** true once an ATTENTION cancelled the running request: handlers may stop early */
  get cancelled(): boolean {
    return this.discarding;
  }

  /** bytes handed to the socket but not yet sent */
  get backlog(): number {
    return this.channel.writeBacklog;
  }

  drain(): Promise<void> {
    return this.channel.drain();
  }

  /** Takes effect for the next message. */
  setPacketSize(size: number): void {
    this.packetSize = size;
    this.writer.setPacketSize(size);
    this.channel.setPacketSize(size);
  }

  setSpid(spid: number): void {
    this.spid = spid;
    this.writer.setSpid(spid);
  }

  /** ATTENTION: forget the unsent part of the current packet and ignore writes until acknowledge(). */
  startDiscarding(): void {
    this.discarding = true;
    this.writer = new PacketWriter(PACKET_TYPE.TABULAR_RESULT, this.packetSize, this.onPacket, { spid: this.spid });
  }

  /** Sends `doneAttn` (a DONE token with DONE_ATTN) as the end of the current message. */
  acknowledge(doneAttn: Uint8Array): void {
    this.discarding = false;
    this.writer.write(doneAttn);
    this.writer.end();
  }
}
