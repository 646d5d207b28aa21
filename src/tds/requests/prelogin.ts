// MS-TDS 2.2.6.5 PRELOGIN: an option table (token BYTE, offset USHORT big-endian, length USHORT
// big-endian; 0xFF ends it) followed by the option data. VERSION must come first. The server's
// reply uses the same layout inside a TABULAR_RESULT (0x04) message.
import { ProtocolError } from '../../errors/protocol-error';
import { PRODUCT_VERSION } from '../../util/version';
import { BufferReader } from '../io/buffer-reader';
import { BufferWriter } from '../io/buffer-writer';

/** MS-TDS 2.2.6.5 PL_OPTION_TOKEN values. */
export const PRELOGIN_OPTION = {
  VERSION: 0x00,
  ENCRYPTION: 0x01,
  INSTOPT: 0x02,
  THREADID: 0x03,
  MARS: 0x04,
  TRACEID: 0x05,
  FEDAUTHREQUIRED: 0x06,
  NONCEOPT: 0x07,
  TERMINATOR: 0xff,
} as const;

/** MS-TDS 2.2.6.5 B_FENCRYPTION values (0x80 may be OR-ed in: client certificate auth). */
export const ENCRYPTION = {
  OFF: 0x00,
  ON: 0x01,
  NOT_SUP: 0x02,
  REQ: 0x03,
  CLIENT_CERT: 0x80,
} as const;

export interface PreloginVersion {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
  readonly subBuild: number;
}

export interface PreloginRequest {
  readonly version: PreloginVersion;
  /** B_FENCRYPTION; absent when the client sent no ENCRYPTION option */
  readonly encryption?: number;
  /** INSTOPT: the instance name the client wants ('' = default instance) */
  readonly instance?: string;
  readonly threadId?: number;
  readonly mars?: boolean;
  /** TRACEID: ConnectionID GUID (16 bytes) + ActivityID (20 bytes) */
  readonly traceId?: { readonly connectionId: Buffer; readonly activityId: Buffer };
  readonly fedAuthRequired?: boolean;
  readonly nonce?: Buffer;
  /** option tokens the server does not know (2.2.6.5: they are skipped, not an error) */
  readonly unknownOptions: readonly number[];
}

export interface PreloginResponse {
  /** defaults to PRODUCT_VERSION (the same version LOGINACK and @@VERSION report) */
  readonly version?: PreloginVersion;
  readonly encryption: number;
  /** INSTOPT reply: true = 0x00 (instance matches), false = 0x01 */
  readonly instanceOk?: boolean;
  /** always false: msxd has no MARS (SMP) */
  readonly mars?: boolean;
  readonly fedAuthRequired?: boolean;
}

export function decodePrelogin(payload: Buffer): PreloginRequest {
  throw new ProtocolError('todo');
}

export function encodePreloginResponse(response: PreloginResponse): Buffer {
  throw new Error('todo');
}
