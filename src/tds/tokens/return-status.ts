// MS-TDS 2.2.7.18 RETURNSTATUS.
export function encodeReturnStatus(value: number): Buffer {
  throw new Error('todo');
}
