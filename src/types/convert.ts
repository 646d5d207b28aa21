// CAST / CONVERT / TRY_CAST / TRY_CONVERT ("CAST and CONVERT (Transact-SQL)").
import type { SqlType } from './sql-type';
import type { Typed } from './typed-value';

export type DateFormat = 'mdy' | 'dmy' | 'ymd' | 'ydm' | 'myd' | 'dym';

export interface ConvertOptions {
  /** CONVERT style; undefined = CAST (style 0). */
  readonly style?: number;
  /** SET DATEFORMAT, for string -> date parsing; default 'mdy'. */
  readonly dateFormat?: DateFormat;
}

export declare function convert(v: Typed, target: SqlType, options?: ConvertOptions): Typed;
/** NULL of `target` instead of a conversion error; 529 (not allowed) still throws. */
export declare function tryConvert(v: Typed, target: SqlType, options?: ConvertOptions): Typed;
export declare function isExplicitlyConvertible(from: SqlType, to: SqlType): boolean;
export declare function isImplicitlyConvertible(from: SqlType, to: SqlType): boolean;
