// Type names as SQL Server prints them in messages, and resolution of type names written in
// DECLARE / CAST / CONVERT to SqlType with SQL Server's defaults.
import { sqlError } from '../errors/catalog';
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

type Args = readonly (number | 'max')[];

const FIXED = {
  bit: { kind: 'bit' },
  tinyint: { kind: 'tinyint' },
  smallint: { kind: 'smallint' },
  int: { kind: 'int' },
  integer: { kind: 'int' },
  bigint: { kind: 'bigint' },
  real: { kind: 'real' },
  money: { kind: 'money' },
  smallmoney: { kind: 'smallmoney' },
  text: { kind: 'text' },
  ntext: { kind: 'ntext' },
  image: { kind: 'image' },
  uniqueidentifier: { kind: 'uniqueidentifier' },
  date: { kind: 'date' },
  datetime: { kind: 'datetime' },
  smalldatetime: { kind: 'smalldatetime' },
  sql_variant: { kind: 'sql_variant' },
  xml: { kind: 'xml' },
  sysname: { kind: 'nvarchar', length: 128 },
  'double precision': { kind: 'float' },
  rowversion: { kind: 'binary', length: 8 },
  timestamp: { kind: 'binary', length: 8 },
} as const satisfies Record<string, SqlType>;

const ALIASES: Record<string, string> = {
  character: 'char',
  'char varying': 'varchar',
  'character varying': 'varchar',
  'national character': 'nchar',
  'national char': 'nchar',
  'national character varying': 'nvarchar',
  'national char varying': 'nvarchar',
  dec: 'decimal',
  'binary varying': 'varbinary',
};

/**
 * `name` is case-insensitive ('varchar', 'numeric', 'sysname', 'double precision' ...); `args`
 * are the parenthesised parameters. Omitted lengths default as SQL Server: 30 in CAST/CONVERT,
 * 1 in declarations; decimal defaults to (18,0); float(n<=24) is real.
 * Unknown names raise 243 "Type %.*ls is not a defined system type."
 */
export function resolveTypeName(name: string, args: Args, context: 'cast' | 'declare' = 'declare'): SqlType {
  const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
  const key = ALIASES[lower] ?? lower;
  if (key in FIXED) return FIXED[key as keyof typeof FIXED];
  const n = (i: number): number | undefined => {
    const a = args[i];
    return typeof a === 'number' ? a : undefined;
  };
  switch (key) {
    case 'char':
    case 'varchar':
    case 'nchar':
    case 'nvarchar':
    case 'binary':
    case 'varbinary': {
      const a = args[0];
      const length = a ?? (context === 'cast' ? 30 : 1);
      return { kind: key, length };
    }
    case 'decimal':
    case 'numeric': {
      const precision = n(0) ?? 18;
      const scale = n(1) ?? 0;
      return key === 'numeric' ? { kind: 'decimal', precision, scale, numeric: true } : { kind: 'decimal', precision, scale };
    }
    case 'float': {
      const bits = n(0) ?? 53;
      return bits <= 24 ? { kind: 'real' } : { kind: 'float' };
    }
    case 'time':
    case 'datetime2':
    case 'datetimeoffset':
      return { kind: key, scale: n(0) ?? 7 };
    default:
      throw sqlError(243, name);
  }
}
