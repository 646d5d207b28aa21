// MS-TDS 2.2.6.4 LOGIN7.
import { ProtocolError } from '../../errors/protocol-error';

export interface FeatureExt {
  /** FEATURE_ID (see FEATURE_ID) */
  readonly id: number;
  readonly data: Buffer;
}

/** MS-TDS 2.2.6.4 FeatureExt FeatureId values. */
export const FEATURE_ID = {
  SESSIONRECOVERY: 0x01,
  FEDAUTH: 0x02,
  COLUMNENCRYPTION: 0x04,
  GLOBALTRANSACTIONS: 0x05,
  AZURESQLSUPPORT: 0x08,
  DATACLASSIFICATION: 0x09,
  UTF8_SUPPORT: 0x0a,
  AZURESQLDNSCACHING: 0x0b,
  JSONSUPPORT: 0x0d,
  VECTORSUPPORT: 0x0e,
  ENHANCEDROUTINGSUPPORT: 0x0f,
  TERMINATOR: 0xff,
} as const;

export interface Login7Request {
  /** TDSVersion as sent (little-endian on the wire), e.g. 0x74000004 */
  readonly tdsVersion: number;
  readonly packetSize: number;
  readonly clientProgVersion: number;
  readonly clientPid: number;
  readonly connectionId: number;
  readonly optionFlags1: number;
  readonly optionFlags2: number;
  readonly typeFlags: number;
  readonly optionFlags3: number;
  /** minutes, signed */
  readonly clientTimeZone: number;
  readonly clientLcid: number;
  readonly hostName: string;
  readonly userName: string;
  /** de-obfuscated */
  readonly password: string;
  readonly appName: string;
  readonly serverName: string;
  readonly libraryName: string;
  readonly language: string;
  readonly database: string;
  /** 6-byte client MAC address */
  readonly clientId: Buffer;
  /** SSPI blob (integrated security); empty when absent */
  readonly sspi: Buffer;
  readonly attachDbFile: string;
  /** de-obfuscated new password (fChangePassword) or '' */
  readonly changePassword: string;
  /** FeatureExt blocks when fExtension is set (7.4), in order, terminator excluded */
  readonly featureExt: readonly FeatureExt[];
  /** derived flags */
  readonly odbc: boolean;
  readonly integratedSecurity: boolean;
  readonly readOnlyIntent: boolean;
  readonly userInstance: boolean;
}

export function decodeLogin7(payload: Buffer): Login7Request {
  throw new ProtocolError('todo');
}

/** MS-TDS 2.2.6.4: the server undoes the client's scramble with XOR 0xA5, then a nibble swap. */
export function deobfuscatePassword(bytes: Buffer): string {
  throw new Error('todo');
}
