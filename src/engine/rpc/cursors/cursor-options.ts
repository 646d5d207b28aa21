// The option words of the API cursor procedures, as the sp_cursoropen / sp_cursorfetch /
// sp_cursor / sp_cursoroption pages document them, and how msxd settles a requested cursor type.
// msxd's cursors read a snapshot taken at open (statements/cursor.ts), so the types whose rows
// would follow other sessions' changes are converted the way SQL Server converts a cursor it
// cannot build: the type actually created goes back in @scrollopt / @ccopt (sp_cursoropen:
// "this parameter serves as both input and output ... SQL Server assigns an appropriate value").

/** @scrollopt: the first five are mutually exclusive types, the rest flags */
export const SCROLLOPT = {
  KEYSET: 0x0001,
  DYNAMIC: 0x0002,
  FORWARD_ONLY: 0x0004,
  STATIC: 0x0008,
  FAST_FORWARD: 0x0010,
  PARAMETERIZED_STMT: 0x1000,
  AUTO_FETCH: 0x2000,
  AUTO_CLOSE: 0x4000,
  CHECK_ACCEPTED_TYPES: 0x8000,
  KEYSET_ACCEPTABLE: 0x10000,
  DYNAMIC_ACCEPTABLE: 0x20000,
  FORWARD_ONLY_ACCEPTABLE: 0x40000,
  STATIC_ACCEPTABLE: 0x80000,
  FAST_FORWARD_ACCEPTABLE: 0x100000,
} as const;

/** @ccopt: the first four are mutually exclusive, the rest flags */
export const CCOPT = {
  READ_ONLY: 0x0001,
  SCROLL_LOCKS: 0x0002,
  OPTIMISTIC: 0x0004,
  OPTIMISTIC_VALUES: 0x0008,
  ALLOW_DIRECT: 0x2000,
  UPDT_IN_PLACE: 0x4000,
  CHECK_ACCEPTED_OPTS: 0x8000,
  READ_ONLY_ACCEPTABLE: 0x10000,
  SCROLL_LOCKS_ACCEPTABLE: 0x20000,
  OPTIMISTIC_ACCEPTABLE: 0x40000,
  OPTIMISTIC_VALUES_ACCEPTABLE: 0x80000,
} as const;

/** sp_cursorfetch @fetchtype (0x40 is documented as unsupported) */
export const FETCHTYPE = {
  FIRST: 0x0001,
  NEXT: 0x0002,
  PREV: 0x0004,
  LAST: 0x0008,
  ABSOLUTE: 0x0010,
  RELATIVE: 0x0020,
  REFRESH: 0x0080,
  INFO: 0x0100,
  PREV_NOADJUST: 0x0200,
  SKIP_UPDT_CNCY: 0x0400,
} as const;

/** sp_cursor @optype */
export const OPTYPE = {
  UPDATE: 0x0001,
  DELETE: 0x0002,
  INSERT: 0x0004,
  REFRESH: 0x0008,
  LOCK: 0x0010,
  SETPOSITION: 0x0020,
  ABSOLUTE: 0x0040,
} as const;

/** sp_cursoroption @code */
export const CURSOR_OPTION = {
  TEXTPTR_ONLY: 1,
  CURSOR_NAME: 2,
  TEXTDATA: 3,
  SCROLLOPT: 4,
  CCOPT: 5,
  ROWCOUNT: 6,
} as const;

/** sp_cursorfetch's ROWSTAT column (its "row status indicators") */
export const ROWSTAT = { SUCCEEDED: 1, MISSING: 2 } as const;

/** RPC return status of the cursor procedures (sp_cursoropen / sp_cursorfetch "RPC Considerations") */
export const CURSOR_STATUS = { OK: 0, FAILED: 1, PREV_ADJUSTED: 2, FAST_FORWARD_CLOSED: 16 } as const;

export type ApiCursorType = 'keyset' | 'dynamic' | 'forwardOnly' | 'static' | 'fastForward';
export type Concurrency = 'readOnly' | 'scrollLocks' | 'optimistic' | 'optimisticValues';

const TYPE_BITS: readonly (readonly [ApiCursorType, number, number])[] = [
  ['keyset', SCROLLOPT.KEYSET, SCROLLOPT.KEYSET_ACCEPTABLE],
  ['dynamic', SCROLLOPT.DYNAMIC, SCROLLOPT.DYNAMIC_ACCEPTABLE],
  ['forwardOnly', SCROLLOPT.FORWARD_ONLY, SCROLLOPT.FORWARD_ONLY_ACCEPTABLE],
  ['static', SCROLLOPT.STATIC, SCROLLOPT.STATIC_ACCEPTABLE],
  ['fastForward', SCROLLOPT.FAST_FORWARD, SCROLLOPT.FAST_FORWARD_ACCEPTABLE],
];

const CC_BITS: readonly (readonly [Concurrency, number, number])[] = [
  ['readOnly', CCOPT.READ_ONLY, CCOPT.READ_ONLY_ACCEPTABLE],
  ['scrollLocks', CCOPT.SCROLL_LOCKS, CCOPT.SCROLL_LOCKS_ACCEPTABLE],
  ['optimistic', CCOPT.OPTIMISTIC, CCOPT.OPTIMISTIC_ACCEPTABLE],
  ['optimisticValues', CCOPT.OPTIMISTIC_VALUES, CCOPT.OPTIMISTIC_VALUES_ACCEPTABLE],
];

export interface ScrollOptions {
  /** undefined: no (or more than one) type bit */
  readonly type: ApiCursorType | undefined;
  readonly parameterized: boolean;
  readonly autoFetch: boolean;
  readonly autoClose: boolean;
  /** CHECK_ACCEPTED_TYPES: the types the client takes instead; undefined when the bit is off */
  readonly acceptable: ReadonlySet<ApiCursorType> | undefined;
}

export interface ConcurrencyOptions {
  readonly concurrency: Concurrency | undefined;
  readonly allowDirect: boolean;
  readonly acceptable: ReadonlySet<Concurrency> | undefined;
}

export function decodeScrollopt(value: number): ScrollOptions {
  const types = TYPE_BITS.filter(([, bit]) => (value & bit) !== 0);
  return {
    type: types.length === 1 ? types[0]![0] : undefined,
    parameterized: (value & SCROLLOPT.PARAMETERIZED_STMT) !== 0,
    autoFetch: (value & SCROLLOPT.AUTO_FETCH) !== 0,
    autoClose: (value & SCROLLOPT.AUTO_CLOSE) !== 0,
    acceptable: (value & SCROLLOPT.CHECK_ACCEPTED_TYPES) === 0 ? undefined
      : new Set(TYPE_BITS.filter(([, , ok]) => (value & ok) !== 0).map(([t]) => t)),
  };
}

export function decodeCcopt(value: number): ConcurrencyOptions {
  const ccs = CC_BITS.filter(([, bit]) => (value & bit) !== 0);
  return {
    concurrency: ccs.length === 1 ? ccs[0]![0] : undefined,
    allowDirect: (value & CCOPT.ALLOW_DIRECT) !== 0,
    acceptable: (value & CCOPT.CHECK_ACCEPTED_OPTS) === 0 ? undefined
      : new Set(CC_BITS.filter(([, , ok]) => (value & ok) !== 0).map(([c]) => c)),
  };
}

export function scrolloptBits(type: ApiCursorType): number {
  return TYPE_BITS.find(([t]) => t === type)![1];
}

export function ccoptBits(cc: Concurrency): number {
  return CC_BITS.find(([c]) => c === cc)![1];
}

export interface SettledCursor {
  readonly type: ApiCursorType;
  readonly concurrency: Concurrency;
}

/**
 * The cursor msxd creates for a request. `positionable`: the query reads one table with no
 * DISTINCT/GROUP BY (query/positioned.ts), so positioned changes can find their rows.
 * - STATIC and FAST_FORWARD are read-only (sp_cursoropen: "STATIC cursors are always opened as
 *   READ_ONLY"); FORWARD_ONLY reads its rows once in order, which the snapshot does as well.
 * - KEYSET and DYNAMIC follow other sessions' changes, which a snapshot cannot: read-only they
 *   become STATIC; updatable over one table they become KEYSET (membership fixed at open, rows
 *   deleted through the cursor then missing), the conversion SQL Server itself makes of a
 *   DYNAMIC cursor it cannot build.
 * - An updatable request over a query that cannot position becomes STATIC READ_ONLY, as SQL
 *   Server converts a cursor over GROUP BY, DISTINCT or a join.
 * Undefined when CHECK_ACCEPTED_TYPES / _OPTS exclude the result (16955).
 */
export function settleCursor(scroll: ScrollOptions, cc: ConcurrencyOptions, positionable: boolean): SettledCursor | undefined {
  const settled = settle(scroll.type ?? 'keyset', cc.concurrency ?? 'optimistic', positionable);
  const typeOk = scroll.acceptable === undefined || scroll.acceptable.has(settled.type);
  const ccOk = cc.acceptable === undefined || cc.acceptable.has(settled.concurrency);
  if (typeOk && ccOk) return settled;
  // the client named alternatives: a STATIC READ_ONLY snapshot is the one msxd can always give
  const fallback: SettledCursor = { type: 'static', concurrency: 'readOnly' };
  const fallbackOk = (scroll.acceptable === undefined || scroll.acceptable.has('static'))
    && (cc.acceptable === undefined || cc.acceptable.has('readOnly'));
  return fallbackOk ? fallback : undefined;
}

function settle(type: ApiCursorType, concurrency: Concurrency, positionable: boolean): SettledCursor {
  const readOnly = concurrency === 'readOnly';
  switch (type) {
    case 'static':
    case 'fastForward':
      return { type, concurrency: 'readOnly' };
    case 'forwardOnly':
      return readOnly || positionable ? { type, concurrency } : { type: 'static', concurrency: 'readOnly' };
    case 'keyset':
    case 'dynamic':
      return !readOnly && positionable ? { type: 'keyset', concurrency } : { type: 'static', concurrency: 'readOnly' };
    default: {
      const never: never = type;
      throw new Error(`unknown cursor type ${String(never)}`);
    }
  }
}

/** the row count @rowcount and sp_cursoroption ROWCOUNT report: -1 where SQL Server's is never final */
export function reportedRowCount(type: ApiCursorType, rows: number): number {
  return type === 'static' || type === 'keyset' ? rows : -1;
}

export function isForwardOnly(type: ApiCursorType): boolean {
  return type === 'forwardOnly' || type === 'fastForward';
}
