// Protocol constants of MS-TDS (spec revision pinned in README.md: v39.0). Every table is
// `as const` with a reverse map (`*_NAME`) for logs and debug dumps.

function reverse<T extends Record<string, number>>(table: T): Readonly<Record<number, keyof T & string>> {
  const out: Record<number, keyof T & string> = {};
  for (const [name, value] of Object.entries(table)) out[value] = name as keyof T & string;
  return out;
}

/** MS-TDS 2.2.3.1.1 packet header Type. */
export const PACKET_TYPE = {
  SQL_BATCH: 0x01,
  PRE_TDS7_LOGIN: 0x02,
  RPC: 0x03,
  TABULAR_RESULT: 0x04,
  ATTENTION: 0x06,
  BULK_LOAD: 0x07,
  FEDAUTH: 0x08,
  TRANSACTION_MANAGER: 0x0e,
  LOGIN7: 0x10,
  SSPI: 0x11,
  PRELOGIN: 0x12,
} as const;
export type PacketType = (typeof PACKET_TYPE)[keyof typeof PACKET_TYPE];
export const PACKET_TYPE_NAME = reverse(PACKET_TYPE);

/** MS-TDS 2.2.3.1.2 packet header Status bits. */
export const PACKET_STATUS = {
  NORMAL: 0x00,
  EOM: 0x01,
  /** client abandons the partial message; only valid together with EOM */
  IGNORE: 0x02,
  /** TDS 7.1+: reset the session before running this request (first packet only) */
  RESET_CONNECTION: 0x08,
  /** TDS 7.3+: same, but keep the transaction state */
  RESET_CONNECTION_SKIP_TRAN: 0x10,
} as const;

/** MS-TDS 2.2.3.1: header length and the negotiable packet-size range (2.2.6.4 PacketSize). */
export const PACKET_HEADER_LENGTH = 8;
export const MIN_PACKET_SIZE = 512;
export const MAX_PACKET_SIZE = 32767;
/** the size both sides use until LOGIN7 negotiates another (2.2.6.4, 3.2.5.1) */
export const DEFAULT_PACKET_SIZE = 4096;

/** MS-TDS 2.2.7 token types (the first byte of every token in a tabular result). */
export const TOKEN = {
  OFFSET: 0x78,
  RETURNSTATUS: 0x79,
  COLMETADATA: 0x81,
  ALTMETADATA: 0x88,
  DATACLASSIFICATION: 0xa3,
  TABNAME: 0xa4,
  COLINFO: 0xa5,
  ORDER: 0xa9,
  ERROR: 0xaa,
  INFO: 0xab,
  RETURNVALUE: 0xac,
  LOGINACK: 0xad,
  FEATUREEXTACK: 0xae,
  ROW: 0xd1,
  NBCROW: 0xd2,
  ALTROW: 0xd3,
  ENVCHANGE: 0xe3,
  SESSIONSTATE: 0xe4,
  SSPI: 0xed,
  FEDAUTHINFO: 0xee,
  DONE: 0xfd,
  DONEPROC: 0xfe,
  DONEINPROC: 0xff,
} as const;
export const TOKEN_NAME = reverse(TOKEN);

/** MS-TDS 2.2.7.9 ENVCHANGE types. */
export const ENVCHANGE_TYPE = {
  DATABASE: 1,
  LANGUAGE: 2,
  CHARSET: 3,
  PACKET_SIZE: 4,
  SORT_LOCALE_ID: 5,
  SORT_FLAGS: 6,
  SQL_COLLATION: 7,
  BEGIN_TRANSACTION: 8,
  COMMIT_TRANSACTION: 9,
  ROLLBACK_TRANSACTION: 10,
  ENLIST_DTC_TRANSACTION: 11,
  DEFECT_TRANSACTION: 12,
  REAL_TIME_LOG_SHIPPING: 13,
  PROMOTE_TRANSACTION: 15,
  TRANSACTION_MANAGER_ADDRESS: 16,
  TRANSACTION_ENDED: 17,
  RESET_CONNECTION_ACK: 18,
  USER_INSTANCE_STARTED: 19,
  ROUTING: 20,
} as const;
export const ENVCHANGE_TYPE_NAME = reverse(ENVCHANGE_TYPE);

/** MS-TDS 2.2.7.6 DONE (and DONEPROC/DONEINPROC) Status bits. */
export const DONE_STATUS = {
  FINAL: 0x00,
  MORE: 0x01,
  ERROR: 0x02,
  INXACT: 0x04,
  COUNT: 0x10,
  ATTN: 0x20,
  SRVERROR: 0x100,
} as const;

/**
 * DONE CurCmd: the token of the statement that finished. MS-TDS leaves the values to the server;
 * these are SQL Server's (as Babelfish's tds_response.h reproduces them).
 */
export const DONE_CURCMD = {
  OTHER: 0x00,
  SELECT: 0xc1,
  INSERT: 0xc3,
  DELETE: 0xc4,
  UPDATE: 0xc5,
  EXECUTE: 0xe0,
} as const;
export const DONE_CURCMD_NAME = reverse(DONE_CURCMD);

/**
 * TDS versions as LOGIN7 carries them (little-endian on the wire) and LOGINACK echoes them
 * (big-endian). MS-TDS 2.2.6.4 and 2.2.7.14; 8.0 per appendix A note 69.
 */
export const TDS_VERSION = {
  V7_0: 0x70000000,
  V7_1: 0x71000000,
  V7_1_SP1: 0x71000001,
  V7_2: 0x72090002,
  V7_3A: 0x730a0003,
  V7_3B: 0x730b0003,
  V7_4: 0x74000004,
  V8_0: 0x08000000,
} as const;
export type TdsVersion = number;
export const TDS_VERSION_NAME = reverse(TDS_VERSION);

/**
 * Orders a TDS version for feature tests ("is this at least 7.2?"). The 8.0 value 0x08000000 is
 * numerically the smallest, so comparisons go through this rank, never through the raw number.
 */
export function tdsVersionRank(version: TdsVersion): number {
  return version === TDS_VERSION.V8_0 ? 0x80000000 : version >>> 0;
}

export function atLeast(version: TdsVersion, minimum: TdsVersion): boolean {
  return tdsVersionRank(version) >= tdsVersionRank(minimum);
}

/** MS-TDS 2.2.5.4 data type identifiers (TYPE_INFO's first byte). */
export const DATA_TYPE = {
  NULL: 0x1f,
  INT1: 0x30,
  BIT: 0x32,
  INT2: 0x34,
  INT4: 0x38,
  DATETIM4: 0x3a,
  FLT4: 0x3b,
  MONEY: 0x3c,
  DATETIME: 0x3d,
  FLT8: 0x3e,
  MONEY4: 0x7a,
  INT8: 0x7f,
  GUID: 0x24,
  INTN: 0x26,
  DECIMAL: 0x37,
  NUMERIC: 0x3f,
  BITN: 0x68,
  DECIMALN: 0x6a,
  NUMERICN: 0x6c,
  FLTN: 0x6d,
  MONEYN: 0x6e,
  DATETIMN: 0x6f,
  DATEN: 0x28,
  TIMEN: 0x29,
  DATETIME2N: 0x2a,
  DATETIMEOFFSETN: 0x2b,
  CHAR: 0x2f,
  VARCHAR: 0x27,
  BINARY: 0x2d,
  VARBINARY: 0x25,
  BIGVARBIN: 0xa5,
  BIGVARCHR: 0xa7,
  BIGBINARY: 0xad,
  BIGCHAR: 0xaf,
  NVARCHAR: 0xe7,
  NCHAR: 0xef,
  XML: 0xf1,
  UDT: 0xf0,
  TVP: 0xf3,
  JSON: 0xf4,
  VECTOR: 0xf5,
  TEXT: 0x23,
  IMAGE: 0x22,
  NTEXT: 0x63,
  SSVARIANT: 0x62,
} as const;
export type DataTypeId = (typeof DATA_TYPE)[keyof typeof DATA_TYPE];
export const DATA_TYPE_NAME = reverse(DATA_TYPE);
