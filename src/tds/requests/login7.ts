// MS-TDS 2.2.6.4 LOGIN7: a fixed block (lengths, version, flags) followed by OffsetLength pairs
// pointing into a variable data area. String lengths count UCS-2 characters; the SSPI length
// counts bytes. The TDS version is little-endian here (LOGINACK echoes it big-endian).
import { ProtocolError } from '../../errors/protocol-error';
import { TDS_VERSION, atLeast } from '../constants';
import { BufferReader } from '../io/buffer-reader';

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

/** MS-TDS 2.2.6.4 option flag bits the server acts on. */
export const LOGIN7_FLAG = {
  /** OptionFlags2 */
  ODBC: 0x02,
  INTEGRATED_SECURITY: 0x80,
  /** TypeFlags */
  READ_ONLY_INTENT: 0x20,
  /** OptionFlags3 */
  CHANGE_PASSWORD: 0x01,
  USER_INSTANCE: 0x02,
  EXTENSION: 0x10,
} as const;

/** Length of the fixed part: 94 bytes from TDS 7.2 (ibChangePassword, cbSSPILong), 86 before. */
const FIXED_LENGTH_7_2 = 94;
const FIXED_LENGTH_7_0 = 86;
const CLIENT_ID_SIZE = 6;
/** cbSSPI of 0xFFFF means "see cbSSPILong" */
const SSPI_LONG_MARKER = 0xffff;
const PASSWORD_XOR = 0xa5;

interface OffsetLength {
  readonly offset: number;
  readonly length: number;
}

function readOffsetLength(r: BufferReader, field: string): OffsetLength {
  return { offset: r.u16le(`ib${field}`), length: r.u16le(`cch${field}`) };
}

function slice(payload: Buffer, at: OffsetLength, bytes: number, field: string): Buffer {
  if (at.offset + bytes > payload.length) {
    throw new ProtocolError(`LOGIN7 ${field} (${at.offset}+${bytes}) outside the ${payload.length}-byte message`);
  }
  return payload.subarray(at.offset, at.offset + bytes);
}

function text(payload: Buffer, at: OffsetLength, field: string): string {
  return slice(payload, at, at.length * 2, field).toString('utf16le');
}

/** 2.2.6.4: the client swapped nibbles then XOR-ed 0xA5; undo in the reverse order. */
export function deobfuscatePassword(bytes: Buffer): string {
  const plain = Buffer.alloc(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = (bytes[i] as number) ^ PASSWORD_XOR;
    plain[i] = ((b & 0x0f) << 4) | (b >> 4);
  }
  return plain.toString('utf16le');
}

function readFeatureExt(payload: Buffer, offset: number): FeatureExt[] {
  const r = new BufferReader(payload, 0, 'LOGIN7 FeatureExt');
  r.seek(offset, 'FeatureExt');
  const out: FeatureExt[] = [];
  for (;;) {
    const id = r.u8('FeatureId');
    if (id === FEATURE_ID.TERMINATOR) return out;
    const length = r.u32le('FeatureDataLen');
    out.push({ id, data: Buffer.from(r.bytes(length, `FeatureData ${id}`)) });
  }
}

export function decodeLogin7(payload: Buffer): Login7Request {
  const r = new BufferReader(payload, 0, 'LOGIN7');
  const length = r.u32le('Length');
  if (length > payload.length) throw new ProtocolError(`LOGIN7 Length ${length} exceeds the ${payload.length}-byte message`);
  const tdsVersion = r.u32le('TDSVersion');
  const fixedLength = atLeast(tdsVersion, TDS_VERSION.V7_2) ? FIXED_LENGTH_7_2 : FIXED_LENGTH_7_0;
  r.need(fixedLength - r.offset, 'fixed part');
  const packetSize = r.u32le('PacketSize');
  const clientProgVersion = r.u32le('ClientProgVer');
  const clientPid = r.u32le('ClientPID');
  const connectionId = r.u32le('ConnectionID');
  const optionFlags1 = r.u8('OptionFlags1');
  const optionFlags2 = r.u8('OptionFlags2');
  const typeFlags = r.u8('TypeFlags');
  const optionFlags3 = r.u8('OptionFlags3');
  const clientTimeZone = r.i32le('ClientTimeZone');
  const clientLcid = r.u32le('ClientLCID');
  const hostName = readOffsetLength(r, 'HostName');
  const userName = readOffsetLength(r, 'UserName');
  const password = readOffsetLength(r, 'Password');
  const appName = readOffsetLength(r, 'AppName');
  const serverName = readOffsetLength(r, 'ServerName');
  // ibUnused in 7.0-7.3, ibExtension (byte length, normally 4) from 7.4.
  const extension = { offset: r.u16le('ibExtension'), length: r.u16le('cbExtension') };
  const libraryName = readOffsetLength(r, 'CltIntName');
  const language = readOffsetLength(r, 'Language');
  const database = readOffsetLength(r, 'Database');
  const clientId = Buffer.from(r.bytes(CLIENT_ID_SIZE, 'ClientID'));
  const sspi = { offset: r.u16le('ibSSPI'), length: r.u16le('cbSSPI') };
  const attachDbFile = readOffsetLength(r, 'AtchDBFile');
  let changePassword: OffsetLength = { offset: 0, length: 0 };
  let sspiLong = 0;
  if (fixedLength === FIXED_LENGTH_7_2) {
    changePassword = readOffsetLength(r, 'ChangePassword');
    sspiLong = r.u32le('cbSSPILong');
  }
  const sspiBytes = sspi.length === SSPI_LONG_MARKER ? sspiLong : sspi.length;
  let featureExt: FeatureExt[] = [];
  if ((optionFlags3 & LOGIN7_FLAG.EXTENSION) !== 0 && extension.length >= 4) {
    // 2.2.6.4: ibExtension points at a DWORD that holds the offset of the FeatureExt block.
    featureExt = readFeatureExt(payload, slice(payload, extension, 4, 'Extension').readUInt32LE(0));
  }
  return {
    tdsVersion,
    packetSize,
    clientProgVersion,
    clientPid,
    connectionId,
    optionFlags1,
    optionFlags2,
    typeFlags,
    optionFlags3,
    clientTimeZone,
    clientLcid,
    hostName: text(payload, hostName, 'HostName'),
    userName: text(payload, userName, 'UserName'),
    password: deobfuscatePassword(slice(payload, password, password.length * 2, 'Password')),
    appName: text(payload, appName, 'AppName'),
    serverName: text(payload, serverName, 'ServerName'),
    libraryName: text(payload, libraryName, 'CltIntName'),
    language: text(payload, language, 'Language'),
    database: text(payload, database, 'Database'),
    clientId,
    sspi: Buffer.from(slice(payload, sspi, sspiBytes, 'SSPI')),
    attachDbFile: text(payload, attachDbFile, 'AtchDBFile'),
    changePassword: deobfuscatePassword(slice(payload, changePassword, changePassword.length * 2, 'ChangePassword')),
    featureExt,
    odbc: (optionFlags2 & LOGIN7_FLAG.ODBC) !== 0,
    integratedSecurity: (optionFlags2 & LOGIN7_FLAG.INTEGRATED_SECURITY) !== 0,
    readOnlyIntent: (typeFlags & LOGIN7_FLAG.READ_ONLY_INTENT) !== 0,
    userInstance: (optionFlags3 & LOGIN7_FLAG.USER_INSTANCE) !== 0,
  };
}
