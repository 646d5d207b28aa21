// The explicit list of pure built-in functions, keyed by upper-case name.
import type { BuiltinFunction } from './function-types';

export declare const builtinFunctions: ReadonlyMap<string, BuiltinFunction>;
export declare function lookupFunction(name: string): BuiltinFunction | undefined;
