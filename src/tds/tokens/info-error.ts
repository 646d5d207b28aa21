// MS-TDS 2.2.7.10 ERROR and 2.2.7.13 INFO.
import type { TdsVersion } from '../constants';
import type { TdsMessageFields } from './token-types';

export function encodeError(msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}

export function encodeInfo(msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}

/** ERROR when severity > 10, INFO otherwise (SQL Server's rule). */
export function encodeMessage(msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  return msg.severity > 10 ? encodeError(msg, serverName, tdsVersion) : encodeInfo(msg, serverName, tdsVersion);
}
