// Calendar helpers on the values.ts representation (days since 0001-01-01, 100 ns ticks).
import type { SqlDateTime } from './values';

export declare function daysFromYmd(year: number, month: number, day: number): number;
export declare function ymdFromDays(days: number): { year: number; month: number; day: number };
/** 1 = Monday ... 7 = Sunday (ISO). */
export declare function isoDayOfWeek(days: number): number;
export declare function daysInMonth(year: number, month: number): number;
export declare function fromJsDate(d: Date): SqlDateTime;
export declare function toJsDate(dt: SqlDateTime): Date;
/** datetime: ticks rounded to 1/300 s (.000/.003/.007); may carry into the next day. */
export declare function roundDatetime(dt: SqlDateTime): SqlDateTime;
export declare function roundSmallDatetime(dt: SqlDateTime): SqlDateTime;
export declare function roundToScale(dt: SqlDateTime, scale: number): SqlDateTime;
