// Argument handling shared by the metadata functions: arity messages (174/189) and evaluation of
// arguments to plain JS values.
import { sqlError } from '../../../errors/catalog';
import type { FunctionCall } from '../../../tsql/ast';
import type { SqlType } from '../../../types/sql-type';
import type { Typed } from '../../../types/typed-value';
import type { EvalContext } from '../../expressions/eval-context';
import { evaluate } from '../../expressions/evaluate';
import { unwrapVariant } from '../../expressions/variant';

export const INT: SqlType = { kind: 'int' };
export const SMALLINT: SqlType = { kind: 'smallint' };
export const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
export const SID: SqlType = { kind: 'varbinary', length: 85 };

/** A metadata function: undefined lets the older session-functions implementation answer. */
export type MetadataFunction = (call: FunctionCall, ctx: EvalContext) => Typed | undefined;

export function arity(call: FunctionCall, min: number, max: number): void {
  const n = call.args.length;
  if (n < min || n > max) {
    if (min === max) throw sqlError(174, call.name.name.toLowerCase(), min);
    throw sqlError(189, call.name.name.toLowerCase(), min, max);
  }
}

export function argValue(call: FunctionCall, i: number, ctx: EvalContext): Typed['value'] | undefined {
  const a = call.args[i];
  if (!a) return undefined;
  return unwrapVariant(evaluate(a, ctx)).value;
}

export function argText(call: FunctionCall, i: number, ctx: EvalContext): string | null | undefined {
  const v = argValue(call, i, ctx);
  if (v === undefined || v === null) return v;
  return typeof v === 'string' ? v : String(v);
}

export function argInt(call: FunctionCall, i: number, ctx: EvalContext): number | null | undefined {
  const v = argValue(call, i, ctx);
  if (v === undefined || v === null) return v;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

export function argBinary(call: FunctionCall, i: number, ctx: EvalContext): Buffer | null | undefined {
  const v = argValue(call, i, ctx);
  if (v === undefined || v === null) return v;
  return Buffer.isBuffer(v) ? v : null;
}
