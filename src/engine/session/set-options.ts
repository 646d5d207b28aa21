// SET options of a session and their @@OPTIONS bits. The bit values are SQL Server's "user options"
// table (sp_configure 'user options' / @@OPTIONS): reading @@OPTIONS must agree with what SET did.
export const OPTION_BITS = {
  DISABLE_DEF_CNST_CHK: 1,
  IMPLICIT_TRANSACTIONS: 2,
  CURSOR_CLOSE_ON_COMMIT: 4,
  ANSI_WARNINGS: 8,
  ANSI_PADDING: 16,
  ANSI_NULLS: 32,
  ARITHABORT: 64,
  ARITHIGNORE: 128,
  QUOTED_IDENTIFIER: 256,
  NOCOUNT: 512,
  ANSI_NULL_DFLT_ON: 1024,
  ANSI_NULL_DFLT_OFF: 2048,
  CONCAT_NULL_YIELDS_NULL: 4096,
  NUMERIC_ROUNDABORT: 8192,
  XACT_ABORT: 16384,
} as const;

export type BooleanOption = keyof typeof OPTION_BITS;

/** ON/OFF options that have no @@OPTIONS bit but that clients send and SQL Server accepts. */
export const UNBITTED_BOOLEAN_OPTIONS = [
  'FMTONLY', 'NOEXEC', 'PARSEONLY', 'SHOWPLAN_ALL', 'SHOWPLAN_TEXT', 'SHOWPLAN_XML',
  'STATISTICS_IO', 'STATISTICS_TIME', 'STATISTICS_XML', 'STATISTICS_PROFILE', 'FORCEPLAN',
  'NO_BROWSETABLE', 'REMOTE_PROC_TRANSACTIONS', 'ANSI_DEFAULTS',
] as const;

export type IsolationLevel =
  | 'READ UNCOMMITTED' | 'READ COMMITTED' | 'REPEATABLE READ' | 'SNAPSHOT' | 'SERIALIZABLE';

/** TDS TM_BEGIN_XACT isolation byte (MS-TDS 2.2.6.9) -> level; 0 means "leave as is". */
export const TDS_ISOLATION_LEVELS: Readonly<Record<number, IsolationLevel>> = {
  1: 'READ UNCOMMITTED',
  2: 'READ COMMITTED',
  3: 'REPEATABLE READ',
  4: 'SERIALIZABLE',
  5: 'SNAPSHOT',
};

export type DateFormat = 'mdy' | 'dmy' | 'ymd' | 'ydm' | 'myd' | 'dym';

export interface SetOptions {
  /** the bit set readable through @@OPTIONS */
  bits: number;
  textSize: number;
  dateFormat: DateFormat;
  dateFirst: number;
  language: string;
  lockTimeout: number;
  rowCountLimit: number;
  isolationLevel: IsolationLevel;
  deadlockPriority: number;
  queryGovernorCostLimit: number;
  /** options without a bit, kept so SET is idempotent and sys.dm_exec_sessions can show them */
  flags: Set<string>;
}

// What a SqlClient/ODBC-style login leaves in @@OPTIONS (5496): ANSI_WARNINGS, ANSI_PADDING,
// ANSI_NULLS, ARITHABORT, QUOTED_IDENTIFIER, ANSI_NULL_DFLT_ON, CONCAT_NULL_YIELDS_NULL.
export const LOGIN_DEFAULT_BITS =
  OPTION_BITS.ANSI_WARNINGS | OPTION_BITS.ANSI_PADDING | OPTION_BITS.ANSI_NULLS | OPTION_BITS.ARITHABORT |
  OPTION_BITS.QUOTED_IDENTIFIER | OPTION_BITS.ANSI_NULL_DFLT_ON | OPTION_BITS.CONCAT_NULL_YIELDS_NULL;

export function defaultSetOptions(language: string): SetOptions {
  return {
    bits: LOGIN_DEFAULT_BITS,
    textSize: 2147483647,
    dateFormat: 'mdy',
    dateFirst: 7,
    language,
    lockTimeout: -1,
    rowCountLimit: 0,
    isolationLevel: 'READ COMMITTED',
    deadlockPriority: 0,
    queryGovernorCostLimit: 0,
    flags: new Set(),
  };
}

export function cloneSetOptions(o: SetOptions): SetOptions {
  return { ...o, flags: new Set(o.flags) };
}

export function isOn(o: SetOptions, option: BooleanOption): boolean {
  return (o.bits & OPTION_BITS[option]) !== 0;
}

export function setBit(o: SetOptions, option: BooleanOption, on: boolean): void {
  o.bits = on ? o.bits | OPTION_BITS[option] : o.bits & ~OPTION_BITS[option];
  // The two null-default options exclude each other (SET ANSI_NULL_DFLT_ON ON clears _OFF).
  if (on && option === 'ANSI_NULL_DFLT_ON') o.bits &= ~OPTION_BITS.ANSI_NULL_DFLT_OFF;
  if (on && option === 'ANSI_NULL_DFLT_OFF') o.bits &= ~OPTION_BITS.ANSI_NULL_DFLT_ON;
}

/** SET ANSI_DEFAULTS ON|OFF switches this group (Microsoft docs, "SET ANSI_DEFAULTS"). */
export const ANSI_DEFAULTS_GROUP: readonly BooleanOption[] = [
  'ANSI_NULLS', 'ANSI_NULL_DFLT_ON', 'ANSI_PADDING', 'ANSI_WARNINGS', 'CURSOR_CLOSE_ON_COMMIT',
  'IMPLICIT_TRANSACTIONS', 'QUOTED_IDENTIFIER',
];

/** DATEFORMAT that SET LANGUAGE implies; msxd knows us_english only (plus its alias English). */
export const LANGUAGES: Readonly<Record<string, { name: string; dateFormat: DateFormat; dateFirst: number }>> = {
  us_english: { name: 'us_english', dateFormat: 'mdy', dateFirst: 7 },
  english: { name: 'us_english', dateFormat: 'mdy', dateFirst: 7 },
};
