// MS-TDS 2.2.7.17 ORDER.
export function encodeOrder(columnOrdinals: readonly number[]): Buffer {
  throw new Error('todo');
}
