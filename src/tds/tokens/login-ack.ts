// MS-TDS 2.2.7.14 LOGINACK: Length USHORT, Interface BYTE, TDSVersion DWORD (big-endian, unlike
// LOGIN7), ProgName B_VARCHAR, ProgVersion (major, minor, build high byte, build low byte).
import { PRODUCT_VERSION } from '../../util/version';
import { TOKEN, type TdsVersion } from '../constants';
import { BufferWriter } from '../io/buffer-writer';

export interface LoginAck {
  readonly tdsVersion: TdsVersion;
  /** default 'Microsoft SQL Server' (SNAC fails with anything else) */
  readonly progName?: string;
  /** default util/version PRODUCT_VERSION */
  readonly progVersion?: { readonly major: number; readonly minor: number; readonly build: number };
}

/** Interface: 1 = SQL_TSQL */
const INTERFACE_TSQL = 1;
const DEFAULT_PROG_NAME = 'Microsoft SQL Server';
const LENGTH_FIELD = 2;

export function encodeLoginAck(ack: LoginAck): Buffer {
  const version = ack.progVersion ?? PRODUCT_VERSION;
  const w = new BufferWriter();
  w.u8(TOKEN.LOGINACK).u16le(0);
  w.u8(INTERFACE_TSQL)
    .u32be(ack.tdsVersion)
    .bVarchar(ack.progName ?? DEFAULT_PROG_NAME)
    .u8(version.major)
    .u8(version.minor)
    .u8(version.build >> 8)
    .u8(version.build & 0xff);
  w.patchU16le(1, w.length - 1 - LENGTH_FIELD);
  return w.toBuffer();
}
