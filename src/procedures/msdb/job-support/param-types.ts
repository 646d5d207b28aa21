// Parameter types of the job procedures, as SQL Server declares them.
import type { SqlType } from '../../../types/sql-type';

export const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
export const UNIQUEIDENTIFIER: SqlType = { kind: 'uniqueidentifier' };
export const INT: SqlType = { kind: 'int' };
export const TINYINT: SqlType = { kind: 'tinyint' };
export const BIT: SqlType = { kind: 'bit' };
export const DATETIME: SqlType = { kind: 'datetime' };
export const nvarchar = (length: number | 'max'): SqlType => ({ kind: 'nvarchar', length });
export const varchar = (length: number): SqlType => ({ kind: 'varchar', length });
