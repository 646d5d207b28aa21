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

const OPTION_ENTRY_SIZE = 5;
const VERSION_SIZE = 6;
const TRACEID_CONNECTION_ID_SIZE = 16;
const TRACEID_ACTIVITY_ID_SIZE = 20;
const NONCE_SIZE = 32;
/** INSTOPT reply values (2.2.6.5 B_INSTVALIDITY) */
const INSTANCE_VALID = 0x00;
const INSTANCE_INVALID = 0x01;

interface OptionEntry {
  readonly token: number;
  readonly offset: number;
  readonly length: number;
}

function readOptionTable(payload: Buffer): OptionEntry[] {
  const r = new BufferReader(payload, 0, 'PRELOGIN');
  const entries: OptionEntry[] = [];
  for (;;) {
    const token = r.u8('PL_OPTION_TOKEN');
    if (token === PRELOGIN_OPTION.TERMINATOR) break;
    entries.push({ token, offset: r.u16be('PL_OFFSET'), length: r.u16be('PL_OPTION_LENGTH') });
  }
  const dataStart = r.offset;
  for (const e of entries) {
    if (e.offset < dataStart || e.offset + e.length > payload.length) {
      throw new ProtocolError(`PRELOGIN option ${e.token} data (${e.offset}+${e.length}) outside the message`);
    }
  }
  return entries;
}

function fixedLength(e: OptionEntry, expected: number): void {
  if (e.length < expected) {
    throw new ProtocolError(`PRELOGIN option ${e.token} has ${e.length} bytes, expected ${expected}`);
  }
}

export function decodePrelogin(payload: Buffer): PreloginRequest {
  const entries = readOptionTable(payload);
  const first = entries[0];
  if (first?.token !== PRELOGIN_OPTION.VERSION) throw new ProtocolError('PRELOGIN does not start with VERSION');
  const out: {
    version?: PreloginVersion;
    encryption?: number;
    instance?: string;
    threadId?: number;
    mars?: boolean;
    traceId?: { connectionId: Buffer; activityId: Buffer };
    fedAuthRequired?: boolean;
    nonce?: Buffer;
  } = {};
  const unknownOptions: number[] = [];
  for (const e of entries) {
    const data = payload.subarray(e.offset, e.offset + e.length);
    switch (e.token) {
      case PRELOGIN_OPTION.VERSION:
        fixedLength(e, VERSION_SIZE);
        // UL_VERSION is major BYTE, minor BYTE, build USHORT; then US_SUBBUILD (all big-endian).
        out.version = {
          major: data[0] as number,
          minor: data[1] as number,
          build: data.readUInt16BE(2),
          subBuild: data.readUInt16BE(4),
        };
        break;
      case PRELOGIN_OPTION.ENCRYPTION:
        fixedLength(e, 1);
        out.encryption = data[0] as number;
        break;
      case PRELOGIN_OPTION.INSTOPT: {
        // B_INSTVALIDITY: MBCS string terminated by 0x00.
        const nul = data.indexOf(0);
        out.instance = data.subarray(0, nul < 0 ? data.length : nul).toString('latin1');
        break;
      }
      case PRELOGIN_OPTION.THREADID:
        // SQL Server clients may send an empty THREADID; only a 4-byte one carries a value.
        if (e.length >= 4) out.threadId = data.readUInt32BE(0);
        break;
      case PRELOGIN_OPTION.MARS:
        fixedLength(e, 1);
        out.mars = data[0] === 1;
        break;
      case PRELOGIN_OPTION.TRACEID:
        fixedLength(e, TRACEID_CONNECTION_ID_SIZE + TRACEID_ACTIVITY_ID_SIZE);
        out.traceId = {
          connectionId: Buffer.from(data.subarray(0, TRACEID_CONNECTION_ID_SIZE)),
          activityId: Buffer.from(data.subarray(TRACEID_CONNECTION_ID_SIZE, TRACEID_CONNECTION_ID_SIZE + TRACEID_ACTIVITY_ID_SIZE)),
        };
        break;
      case PRELOGIN_OPTION.FEDAUTHREQUIRED:
        fixedLength(e, 1);
        out.fedAuthRequired = data[0] === 1;
        break;
      case PRELOGIN_OPTION.NONCEOPT:
        fixedLength(e, NONCE_SIZE);
        out.nonce = Buffer.from(data.subarray(0, NONCE_SIZE));
        break;
      default:
        unknownOptions.push(e.token);
    }
  }
  return { ...out, version: out.version as PreloginVersion, unknownOptions };
}

export function encodePreloginResponse(response: PreloginResponse): Buffer {
  const v = response.version ?? {
    major: PRODUCT_VERSION.major,
    minor: PRODUCT_VERSION.minor,
    build: PRODUCT_VERSION.build,
    subBuild: PRODUCT_VERSION.revision,
  };
  const version = Buffer.alloc(VERSION_SIZE);
  version[0] = v.major;
  version[1] = v.minor;
  version.writeUInt16BE(v.build, 2);
  version.writeUInt16BE(v.subBuild, 4);
  const options: [number, Buffer][] = [
    [PRELOGIN_OPTION.VERSION, version],
    [PRELOGIN_OPTION.ENCRYPTION, Buffer.from([response.encryption])],
    [PRELOGIN_OPTION.INSTOPT, Buffer.from([response.instanceOk === false ? INSTANCE_INVALID : INSTANCE_VALID])],
    // SQL Server answers THREADID with an empty value.
    [PRELOGIN_OPTION.THREADID, Buffer.alloc(0)],
    [PRELOGIN_OPTION.MARS, Buffer.from([response.mars ? 1 : 0])],
  ];
  if (response.fedAuthRequired !== undefined) {
    options.push([PRELOGIN_OPTION.FEDAUTHREQUIRED, Buffer.from([response.fedAuthRequired ? 1 : 0])]);
  }
  const w = new BufferWriter();
  let dataOffset = options.length * OPTION_ENTRY_SIZE + 1;
  for (const [token, data] of options) {
    w.u8(token).u16be(dataOffset).u16be(data.length);
    dataOffset += data.length;
  }
  w.u8(PRELOGIN_OPTION.TERMINATOR);
  for (const [, data] of options) w.bytes(data);
  return Buffer.from(w.toBuffer());
}
