// Type names as SQL Server prints them in messages. (Resolving written type names to SqlType,
// with SQL Server's defaults and limits, is the parser's: src/tsql/parser/data-types.ts.)
import type { SqlType } from './sql-type';

/** 'int', 'varchar', 'numeric' ... as in "Conversion failed when converting the varchar value". */
export function typeName(t: SqlType): string {
  if (t.kind === 'decimal') return t.numeric ? 'numeric' : 'decimal';
  return t.kind;
}

/** Full form: 'varchar(10)', 'decimal(5,2)', 'datetime2(7)', 'nvarchar(max)'. */
export function typeDisplay(t: SqlType): string {
  switch (t.kind) {
    case 'decimal':
      return `${typeName(t)}(${t.precision},${t.scale})`;
    case 'char':
    case 'varchar':
    case 'nchar':
    case 'nvarchar':
    case 'binary':
    case 'varbinary':
      return `${t.kind}(${t.length})`;
    case 'time':
    case 'datetime2':
    case 'datetimeoffset':
      return `${t.kind}(${t.scale})`;
    default:
      return t.kind;
  }
}
