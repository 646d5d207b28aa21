// The server's side of one connection's output: token bytes in, TABULAR_RESULT (0x04) packets of
// the negotiated size out (MS-TDS 2.2.3.1, 3.3.5). Handlers write tokens and end() each response
// message; attention handling discards what has not been sent yet.
import { DEFAULT_PACKET_SIZE, PACKET_TYPE } from '../constants';
import { PacketWriter } from '../framing/packet-writer';
import type { Channel } from './channel';

/**
 * A response longer than a packet is corked on the socket so its packets leave in one writev
 * instead of one syscall each; past this many bytes the batch is sent and a new one begins, so a
 * large result never waits whole in memory and the drain threshold of the sinks stays reachable.
 */
const CORK_BATCH_BYTES = 64 * 1024;

export class ResponseWriter {
  private readonly writer: PacketWriter;
  /** set while an ATTENTION is being acknowledged: the cancelled request's late writes are dropped */
  private discarding = false;
  /** where the current request's response message is: acknowledge() depends on it */
  private response: 'notStarted' | 'open' | 'ended' = 'ended';
  /** bytes written while corked (0 = not corked) */
  private corkedBytes = 0;
  private readonly onPacket = (packet: Buffer): void => {
    if (!this.channel.write(packet)) this.onBackpressure();
    if (this.corkedBytes === 0) return;
    this.corkedBytes += packet.length;
    if (this.corkedBytes >= CORK_BATCH_BYTES) {
      this.channel.uncork();
      this.channel.cork();
      this.corkedBytes = 1;
    }
  };

  constructor(
    private readonly channel: Channel,
    private readonly onBackpressure: () => void,
  ) {
    this.writer = new PacketWriter(PACKET_TYPE.TABULAR_RESULT, DEFAULT_PACKET_SIZE, this.onPacket);
  }

  /** Writes the first `length` bytes of `token` (all by default); they are copied before this returns. */
  write(token: Uint8Array, length = token.length): void {
    if (this.discarding) return;
    this.response = 'open';
    if (this.corkedBytes === 0 && this.writer.wouldFill(length)) {
      this.channel.cork();
      this.corkedBytes = 1;
    }
    this.writer.write(token, length);
  }

  /** Ends the current response message (the last packet carries EOM). */
  end(): void {
    if (this.discarding) return;
    this.response = 'ended';
    this.writer.end();
    this.uncork();
  }

  private uncork(): void {
    if (this.corkedBytes === 0) return;
    this.corkedBytes = 0;
    this.channel.uncork();
  }

  /** A request starts: its response message has not begun yet. */
  beginResponse(): void {
    this.response = 'notStarted';
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
    this.writer.setPacketSize(size);
    this.channel.setPacketSize(size);
  }

  setSpid(spid: number): void {
    this.writer.setSpid(spid);
  }

  /**
   * ATTENTION: ignore the cancelled request's writes until acknowledge(). What is already buffered
   * stays: it ends on a token boundary, whereas a token may have started in a packet already sent,
   * so cutting the buffer would leave the client a torn token before the DONE_ATTN.
   */
  startDiscarding(): void {
    this.discarding = true;
  }

  /**
   * Sends `doneAttn` (a DONE token with DONE_ATTN) in a message of its own. The cancelled
   * request's response message is ended first, even when nothing of it was written yet: a client
   * in the middle of reading a response (tedious: SENT_CLIENT_REQUEST, then SENT_ATTENTION)
   * consumes that message as the response and looks for the acknowledgement in the next one.
   */
  acknowledge(doneAttn: Uint8Array): void {
    this.discarding = false;
    if (this.response !== 'ended') this.writer.end();
    this.writer.write(doneAttn);
    this.writer.end();
    this.uncork();
    this.response = 'ended';
  }
}
