// MS-TDS 2.2.7.19 RETURNVALUE.
import type { TdsVersion } from '../constants';
import type { TdsReturnValue } from './token-types';

export function encodeReturnValue(rv: TdsReturnValue, tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}
