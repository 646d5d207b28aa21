// The explicit list of pure built-in functions, keyed by upper-case name.
import { sqlError } from '../../errors/catalog';
import { collationFunctions } from './collation';
import { dateFunctions } from './date';
import { formatFunctions } from './format';
import type { BuiltinFunction } from './function-types';
import { mathFunctions } from './math';
import { miscFunctions } from './misc';
import { stringFunctions } from './string';
import { variantFunctions } from './variant-property';
import { stringEscapeFunctions } from './string-escape';
import { jsonFunctions } from './json';
import { sidFunctions } from './sid';

export const builtinFunctions: ReadonlyMap<string, BuiltinFunction> = new Map(
  [...stringFunctions, ...formatFunctions, ...dateFunctions, ...mathFunctions, ...miscFunctions, ...collationFunctions, ...variantFunctions, ...stringEscapeFunctions, ...jsonFunctions, ...sidFunctions].map((f) => [f.name, f]),
);

export function lookupFunction(name: string): BuiltinFunction | undefined {
  return builtinFunctions.get(name.toUpperCase());
}

/**
 * Checks the argument count as SQL Server does at compile time (174 for a fixed count, 189 for a
 * range); the interpreter calls this before evaluating arguments.
 */
export function checkArity(f: BuiltinFunction, count: number): void {
  if (count >= f.minArgs && count <= f.maxArgs) return;
  if (f.minArgs === f.maxArgs) throw sqlError(174, f.name.toLowerCase(), f.minArgs);
  throw sqlError(189, f.name.toLowerCase(), f.minArgs, f.maxArgs);
}
