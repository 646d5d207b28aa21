// What a pure built-in function sees: its evaluated arguments and a few session settings.
import type { Typed } from '../../types/typed-value';
import type { DateFormat } from '../../types/convert';

export interface FunctionContext {
  /** Current instant; offsetMinutes is the server's local offset (GETDATE = utc + offset). */
  now(): { readonly utc: Date; readonly offsetMinutes: number };
  /** SET DATEFIRST, 1..7 (7 = Sunday, us_english). */
  readonly dateFirst: number;
  readonly dateFormat: DateFormat;
  readonly language: string;
  /** [0,1) source for RAND() without seed and NEWID(). */
  random(): number;
}

export interface BuiltinFunction {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  evaluate(args: readonly Typed[], ctx: FunctionContext): Typed;
}

export declare function defaultFunctionContext(overrides?: Partial<FunctionContext>): FunctionContext;
