// A SQL value together with its SQL type: the unit every operator, conversion and built-in
// function takes and returns. NULL is a value of some type (`value === null`).
import type { SqlType } from './sql-type';
import type { SqlValue } from './values';

export interface Typed {
  readonly type: SqlType;
  readonly value: SqlValue;
  /**
   * Set on constants written in the batch. SQL Server types an integer constant used with a
   * decimal as decimal(digits, 0) rather than decimal(10,0), which is why 1.0/3 is 0.333333.
   */
  readonly literal?: boolean;
}

export function typed(type: SqlType, value: SqlValue): Typed {
  return { type, value };
}

export function nullOf(type: SqlType): Typed {
  return { type, value: null };
}

export function isNull(t: Typed): boolean {
  return t.value === null;
}

export const INT: SqlType = { kind: 'int' };
export const BIGINT: SqlType = { kind: 'bigint' };
export const BIT: SqlType = { kind: 'bit' };
export const FLOAT: SqlType = { kind: 'float' };
export const MONEY: SqlType = { kind: 'money' };
export const DATETIME: SqlType = { kind: 'datetime' };
export const DATE: SqlType = { kind: 'date' };
export const UNIQUEIDENTIFIER: SqlType = { kind: 'uniqueidentifier' };

/** SELECT NULL is typed int. */
export const NULL_LITERAL: Typed = { type: INT, value: null, literal: true };

export const intValue = (n: number): Typed => ({ type: INT, value: n });
export const bigintValue = (n: bigint): Typed => ({ type: BIGINT, value: n });
export const bitValue = (b: boolean): Typed => ({ type: BIT, value: b });
export const floatValue = (n: number): Typed => ({ type: FLOAT, value: n });
export const varcharValue = (s: string): Typed => ({ type: { kind: 'varchar', length: Math.max(1, s.length) }, value: s });
export const nvarcharValue = (s: string): Typed => ({ type: { kind: 'nvarchar', length: Math.max(1, s.length) }, value: s });
