// Parameter types of the MSX procedures, as SQL Server declares them.
import type { SqlType } from '../../../types/sql-type';

export const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
export const UNIQUEIDENTIFIER: SqlType = { kind: 'uniqueidentifier' };
export const INT: SqlType = { kind: 'int' };
export const BIT: SqlType = { kind: 'bit' };
export const TINYINT: SqlType = { kind: 'tinyint' };
export const DATETIME: SqlType = { kind: 'datetime' };
export const varchar = (length: number): SqlType => ({ kind: 'varchar', length });
export const nvarchar = (length: number): SqlType => ({ kind: 'nvarchar', length });
