// What a pure built-in function sees: its evaluated arguments and a few session settings, plus
// the small helpers every function family uses to read arguments.
import { sqlError } from '../../errors/catalog';
import { isCharacter } from '../../types/categories';
import { convert, type DateFormat } from '../../types/convert';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';

export interface FunctionContext {
  /** Current instant; offsetMinutes is the server's local offset (GETDATE = utc + offset). */
  now(): { readonly utc: Date; readonly offsetMinutes: number };
  /** SET DATEFIRST, 1..7 (7 = Sunday, us_english). */
  readonly dateFirst: number;
  readonly dateFormat: DateFormat;
  readonly language: string;
  /** [0,1) source for RAND() without seed and NEWID(). */
  random(): number;
  /** FORMATMESSAGE's text of message `id`: sys.messages' user-defined ones, then the catalogue. */
  messageText?(id: number): string | undefined;
}

export interface BuiltinFunction {
  /** upper case */
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  /**
   * The result type when it does not depend on the arguments; the translator types a call with it
   * instead of probing `evaluate` with NULL arguments (which a function may refuse, e.g. a NULL
   * JSON path).
   */
  readonly resultType?: SqlType;
  evaluate(args: readonly Typed[], ctx: FunctionContext): Typed;
}

export function defaultFunctionContext(overrides: Partial<FunctionContext> = {}): FunctionContext {
  return {
    now: () => ({ utc: new Date(), offsetMinutes: -new Date().getTimezoneOffset() }),
    dateFirst: 7,
    dateFormat: 'mdy',
    language: 'us_english',
    random: Math.random,
    ...overrides,
  };
}

export function fn(name: string, minArgs: number, maxArgs: number, evaluate: BuiltinFunction['evaluate'], resultType?: SqlType): BuiltinFunction {
  return resultType ? { name, minArgs, maxArgs, resultType, evaluate } : { name, minArgs, maxArgs, evaluate };
}

export const INT_TYPE: SqlType = { kind: 'int' };
export const BIGINT_TYPE: SqlType = { kind: 'bigint' };
export const FLOAT_TYPE: SqlType = { kind: 'float' };

export const anyNull = (args: readonly Typed[]): boolean => args.some((a) => a.value === null);

/** Argument `i` as a JS string (converted as by CAST to nvarchar(max)); undefined when NULL. */
export function argString(args: readonly Typed[], i: number): string | undefined {
  const a = args[i];
  if (!a || a.value === null) return undefined;
  if (isCharacter(a.type)) return String(a.value);
  return String(convert(a, { kind: 'nvarchar', length: 'max' }).value);
}

/** Argument `i` as a JS integer (converted to bigint then number); undefined when NULL. */
export function argInt(args: readonly Typed[], i: number): number | undefined {
  const a = args[i];
  if (!a || a.value === null) return undefined;
  return Number(convert(a, BIGINT_TYPE).value as bigint);
}

export function argAt(args: readonly Typed[], i: number): Typed {
  const a = args[i];
  if (!a) throw new Error(`missing argument ${i}`);
  return a;
}

export function invalidArgType(fnName: string, t: SqlType, position: number): never {
  throw sqlError(8116, t.kind, position, fnName.toLowerCase());
}
