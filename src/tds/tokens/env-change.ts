// MS-TDS 2.2.7.9 ENVCHANGE.
import type { TdsEnvChange } from './token-types';

export function encodeEnvChange(change: TdsEnvChange): Buffer {
  throw new Error('todo');
}
