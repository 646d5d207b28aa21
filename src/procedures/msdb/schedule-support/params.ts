// Parameter declarations for the Agent procedures, spelled as SQL Server's own (sysname is
// nvarchar(128); "= NULL" defaults are null).
import type { ProcedureParameter } from '../../../engine/procedure-registry';
import type { SqlValue } from '../../../types/values';

type Default = { default?: SqlValue };

function p(name: string, type: ProcedureParameter['type'], d: Default, output = false): ProcedureParameter {
  return { name, type, ...d, ...(output ? { output: true } : {}) };
}

/** `@name int [= value]` (no third argument = required) */
export const intParam = (name: string, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'int' }, d.length ? { default: d[0] ?? null } : {});
export const tinyintParam = (name: string, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'tinyint' }, d.length ? { default: d[0] ?? null } : {});
export const bitParam = (name: string, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'bit' }, d.length ? { default: d[0] ?? null } : {});
export const sysnameParam = (name: string, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'nvarchar', length: 128 }, d.length ? { default: d[0] ?? null } : {});
export const guidParam = (name: string, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'uniqueidentifier' }, d.length ? { default: d[0] ?? null } : {});
export const ncharParam = (name: string, length: number, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'nchar', length }, d.length ? { default: d[0] ?? null } : {});
export const nvarcharParam = (name: string, length: number | 'max', ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'nvarchar', length }, d.length ? { default: d[0] ?? null } : {});
export const varcharParam = (name: string, length: number, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'varchar', length }, d.length ? { default: d[0] ?? null } : {});
export const datetimeParam = (name: string, ...d: [SqlValue?]): ProcedureParameter => p(name, { kind: 'datetime' }, d.length ? { default: d[0] ?? null } : {});

/** `@name int = NULL OUTPUT` */
export const intOutput = (name: string): ProcedureParameter => p(name, { kind: 'int' }, { default: null }, true);
export const guidOutput = (name: string): ProcedureParameter => p(name, { kind: 'uniqueidentifier' }, { default: null }, true);

/** The argument as a number, or null. */
export function intArg(v: SqlValue): number | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number(v);
}

/** The argument as a string, or null. */
export function strArg(v: SqlValue): string | null {
  return v === null ? null : String(v);
}
