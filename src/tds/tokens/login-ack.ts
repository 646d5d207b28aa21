// MS-TDS 2.2.7.14 LOGINACK.
import type { TdsVersion } from '../constants';

export interface LoginAck {
  readonly tdsVersion: TdsVersion;
  /** default 'Microsoft SQL Server' (SNAC fails with anything else) */
  readonly progName?: string;
  /** default util/version PRODUCT_VERSION */
  readonly progVersion?: { readonly major: number; readonly minor: number; readonly build: number };
}

export function encodeLoginAck(ack: LoginAck): Buffer {
  throw new Error('todo');
}
