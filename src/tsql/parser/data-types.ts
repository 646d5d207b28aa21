// Data type names in DECLARE, parameters, columns, CAST and CONVERT, resolved to SqlType with SQL
// Server's defaults ("char" alone is char(1) in a declaration, char(30) in CAST/CONVERT;
// "decimal" is decimal(18,0); "float" is float(53); sysname is nvarchar(128)).
import { sqlError } from '../../errors/catalog';
import type { SqlType } from '../../types/sql-type';
import type { ObjectName, TypeRef } from '../ast';
import { TokenType } from '../lexer';
import type { Parser } from './parser';

export type TypeContext = 'declare' | 'cast';

type Arg = number | 'max';

const SIMPLE: Record<string, SqlType> = {
  BIT: { kind: 'bit' },
  TINYINT: { kind: 'tinyint' },
  SMALLINT: { kind: 'smallint' },
  INT: { kind: 'int' },
  INTEGER: { kind: 'int' },
  BIGINT: { kind: 'bigint' },
  REAL: { kind: 'real' },
  MONEY: { kind: 'money' },
  SMALLMONEY: { kind: 'smallmoney' },
  TEXT: { kind: 'text' },
  NTEXT: { kind: 'ntext' },
  IMAGE: { kind: 'image' },
  UNIQUEIDENTIFIER: { kind: 'uniqueidentifier' },
  DATE: { kind: 'date' },
  DATETIME: { kind: 'datetime' },
  SMALLDATETIME: { kind: 'smalldatetime' },
  SQL_VARIANT: { kind: 'sql_variant' },
  XML: { kind: 'xml' },
  SYSNAME: { kind: 'nvarchar', length: 128 },
  /** rowversion/timestamp values are 8-byte binaries */
  ROWVERSION: { kind: 'binary', length: 8 },
  TIMESTAMP: { kind: 'binary', length: 8 },
};

const CHARACTER = new Set(['CHAR', 'VARCHAR', 'NCHAR', 'NVARCHAR', 'BINARY', 'VARBINARY']);
const MAX_BYTES = 8000;

/** Parses a type name and its (args); the column/variable index is for SQL Server's messages. */
export function parseDataType(p: Parser, context: TypeContext): TypeRef {
  const first = p.tok;
  if (first.type !== TokenType.Word && first.type !== TokenType.QuotedIdent) throw p.error();
  let upper = first.type === TokenType.Word ? first.upper : first.value.toUpperCase();
  p.next();
  if (upper === 'DOUBLE' && p.accept('PRECISION')) upper = 'FLOAT';
  else if (upper === 'NATIONAL') {
    const w = p.tok.upper;
    if (w !== 'CHAR' && w !== 'CHARACTER' && w !== 'TEXT') throw p.error();
    p.next();
    upper = w === 'TEXT' ? 'NTEXT' : 'NCHAR';
  }
  if ((upper === 'CHAR' || upper === 'CHARACTER' || upper === 'NCHAR') && p.accept('VARYING')) {
    upper = upper === 'NCHAR' ? 'NVARCHAR' : 'VARCHAR';
  }
  if (upper === 'CHARACTER') upper = 'CHAR';
  if (upper === 'DEC') upper = 'DECIMAL';

  let schema: string | undefined;
  if (p.is('.')) {
    p.next();
    schema = first.value;
    const nameTok = p.tok;
    p.anyWord();
    upper = nameTok.type === TokenType.Word ? nameTok.upper : nameTok.value.toUpperCase();
    if (schema.toUpperCase() !== 'SYS') return userType(p, { schema, name: nameTok.value });
  }
  const args = p.is('(') ? typeArgs(p) : [];
  const simple = SIMPLE[upper];
  if (simple) {
    if (args.length > 0) throw p.errorAt(sqlError(2716, 1, upper.toLowerCase()), first);
    return simple;
  }
  if (CHARACTER.has(upper)) return characterType(p, upper, args, context, first.line);
  switch (upper) {
    case 'DECIMAL':
    case 'NUMERIC': {
      if (args.length > 2 || args.includes('max')) throw p.error();
      const precision = (args[0] as number | undefined) ?? 18;
      const scale = (args[1] as number | undefined) ?? 0;
      if (precision < 1) throw p.errorAt(sqlError(1001, first.line, precision), first);
      if (precision > 38) throw p.errorAt(sqlError(2750, 1, precision, 38), first);
      if (scale > precision) throw p.errorAt(sqlError(183, scale, '', 0, precision), first);
      return upper === 'NUMERIC' ? { kind: 'decimal', precision, scale, numeric: true } : { kind: 'decimal', precision, scale };
    }
    case 'FLOAT': {
      if (args.length > 1 || args.includes('max')) throw p.error();
      const bits = (args[0] as number | undefined) ?? 53;
      if (bits < 1 || bits > 53) throw p.errorAt(sqlError(1001, first.line, bits), first);
      return bits <= 24 ? { kind: 'real' } : { kind: 'float' };
    }
    case 'TIME':
    case 'DATETIME2':
    case 'DATETIMEOFFSET': {
      if (args.length > 1 || args.includes('max')) throw p.error();
      const scale = (args[0] as number | undefined) ?? 7;
      if (scale > 7) throw p.errorAt(sqlError(1001, first.line, scale), first);
      return { kind: upper.toLowerCase() as 'time' | 'datetime2' | 'datetimeoffset', scale };
    }
    default:
      return { kind: 'userType', name: schema ? { schema, name: upper.toLowerCase() } : { name: first.value }, args };
  }
}

function userType(p: Parser, name: ObjectName): TypeRef {
  const args = p.is('(') ? typeArgs(p) : [];
  return { kind: 'userType', name, args };
}

function typeArgs(p: Parser): Arg[] {
  p.expect('(');
  const args: Arg[] = [];
  do {
    const t = p.tok;
    if (t.type === TokenType.Integer) args.push(Number(t.value));
    else if (t.type === TokenType.Word && t.upper === 'MAX') args.push('max');
    else throw p.error();
    p.next();
  } while (p.accept(','));
  p.expect(')');
  return args;
}

function characterType(p: Parser, upper: string, args: Arg[], context: TypeContext, line: number): SqlType {
  if (args.length > 1) throw p.error();
  const kind = upper.toLowerCase() as 'char' | 'varchar' | 'nchar' | 'nvarchar' | 'binary' | 'varbinary';
  const arg = args[0];
  if (arg === 'max') {
    if (kind === 'char' || kind === 'nchar' || kind === 'binary') throw p.error();
    return { kind, length: 'max' };
  }
  const length = arg ?? (context === 'cast' ? 30 : 1);
  const unicode = kind === 'nchar' || kind === 'nvarchar';
  const limit = unicode ? MAX_BYTES / 2 : MAX_BYTES;
  if (length < 1) throw withLineOf(p, sqlError(1001, line, length), line);
  if (length > limit) throw withLineOf(p, sqlError(131, length, 'type', kind, limit), line);
  return { kind, length } as SqlType;
}

function withLineOf(_p: Parser, e: ReturnType<typeof sqlError>, line: number): ReturnType<typeof sqlError> {
  e.lineNumber = line;
  return e;
}
