// Test shorthands for built-in functions: call by name with a fixed clock and us_english settings.
import { defaultFunctionContext, type FunctionContext } from '../../../src/engine/functions/function-types';
import { checkArity, lookupFunction } from '../../../src/engine/functions/registry';
import type { Typed } from '../../../src/types/typed-value';

/** 2026-12-01 10:05:33.123 UTC, server at UTC+01:00. */
export const FIXED_NOW = new Date(Date.UTC(2026, 11, 1, 10, 5, 33, 123));

export const ctx: FunctionContext = defaultFunctionContext({
  now: () => ({ utc: FIXED_NOW, offsetMinutes: 60 }),
  random: () => 0.5,
});

export function call(name: string, args: readonly Typed[], context: FunctionContext = ctx): Typed {
  const f = lookupFunction(name);
  if (!f) throw new Error(`no function ${name}`);
  checkArity(f, args.length);
  return f.evaluate(args, context);
}

export { lit, cast, show, type, errorNumber, errorMessage, typeDisplay } from '../types/sql';
