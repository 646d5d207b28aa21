// A connection's memo of the RPC parameters it decoded last, by position. A client repeating a
// parameterised statement (sp_executesql, sp_prepexec) sends the same statement and declaration
// bytes every time: decoding their UCS-2 text and TYPE_INFO again was most of decodeRpc. A
// parameter's encoding (MS-TDS 2.2.6.6 ParameterData: name, StatusFlags, TYPE_INFO, value) is
// self-delimiting, so bytes equal to the last ones at the same position decode to the same
// parameter and end where they ended: the decoded object is reused after one byte comparison.
import type { TdsRpcParam } from './rpc';

/** below this many bytes decoding costs no more than comparing (int, bit, short strings) */
const MIN_BYTES = 24;
/** bounds the memory a connection keeps (a statement text longer than this is decoded each time) */
const MAX_BYTES = 16_384;
/** positions remembered: the statement, the declarations and a few long values */
const SLOTS = 4;

interface Slot {
  readonly bytes: Buffer;
  readonly param: TdsRpcParam;
}

export class RpcParamMemo {
  private readonly slots: (Slot | undefined)[] = new Array<Slot | undefined>(SLOTS);

  /** the parameter whose encoding starts at `offset` of `payload` if it is the one at `position` last time */
  match(position: number, payload: Buffer, offset: number): Slot | undefined {
    const slot = position < SLOTS ? this.slots[position] : undefined;
    if (slot === undefined) return undefined;
    const end = offset + slot.bytes.length;
    if (end > payload.length || payload.compare(slot.bytes, 0, slot.bytes.length, offset, end) !== 0) return undefined;
    return slot;
  }

  /** Copies the encoding: the payload buffer is the reader's and is reused for the next message. */
  remember(position: number, payload: Buffer, start: number, end: number, param: TdsRpcParam): void {
    if (position >= SLOTS) return;
    const size = end - start;
    // Strings only: a binary value may be a slice of the payload, which the next message overwrites.
    if (size < MIN_BYTES || size > MAX_BYTES || typeof param.value !== 'string') {
      this.slots[position] = undefined;
      return;
    }
    this.slots[position] = { bytes: Buffer.from(payload.subarray(start, end)), param };
  }
}
