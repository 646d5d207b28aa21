// MS-TDS 2.2.7.6 DONE, 2.2.7.7 DONEINPROC, 2.2.7.8 DONEPROC.
import type { TdsVersion } from '../constants';
import type { TdsDone } from './token-types';

export function encodeDone(done: TdsDone, tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}
