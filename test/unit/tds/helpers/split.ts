// Feeds a byte stream to a MessageReader cut at every possible position (pg-protocol's
// split-buffer habit, one level deeper: TDS messages also span packets).
import { MessageReader, type TdsMessage } from '../../../../src/tds/framing/message-reader';

export function readAllAt(stream: Buffer, cut: number, options = {}): TdsMessage[] {
  const reader = new MessageReader(options);
  return [...reader.push(stream.subarray(0, cut)), ...reader.push(stream.subarray(cut))];
}

/** Every single- and two-cut split yields the same messages as one push. */
export function everySplit(stream: Buffer, check: (messages: TdsMessage[]) => void): void {
  for (let cut = 0; cut <= stream.length; cut++) check(readAllAt(stream, cut));
}

/** Truncations of a payload at every length: `decode` must throw a ProtocolError each time. */
export function everyTruncation(payload: Buffer, decode: (b: Buffer) => unknown, isExpected: (e: unknown) => boolean): number[] {
  const accepted: number[] = [];
  for (let n = 0; n < payload.length; n++) {
    try {
      decode(Buffer.from(payload.subarray(0, n)));
      accepted.push(n);
    } catch (e) {
      if (!isExpected(e)) throw e;
    }
  }
  return accepted;
}
