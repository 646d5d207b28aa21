// Type names as SQL Server prints them in messages, and resolution of type names written in
// DECLARE / CAST / CONVERT to SqlType with SQL Server's defaults.
import type { SqlType } from './sql-type';

/** 'int', 'varchar', 'numeric' ... as in "Conversion failed when converting the varchar value". */
export declare function typeName(t: SqlType): string;
/** Full form: 'varchar(10)', 'decimal(5,2)', 'datetime2(7)', 'nvarchar(max)'. */
export declare function typeDisplay(t: SqlType): string;
/**
 * `name` case-insensitive ('varchar', 'numeric', 'sysname', 'double precision' ...). `args` are
 * the parenthesised parameters. `context` 'cast' gives char types length 30 when omitted,
 * 'declare' gives 1 (as SQL Server). Unknown names throw 2715 "Column, parameter, or variable
 * #%d: Cannot find data type %.*ls." (the interpreter may catch and re-raise with its number).
 */
export declare function resolveTypeName(name: string, args: readonly (number | 'max')[], context?: 'cast' | 'declare'): SqlType;
