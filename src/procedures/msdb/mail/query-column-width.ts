// The width sp_send_dbmail's query text gives a column, as the sqlcmd library it runs the query
// with: the type's display size (ODBC SQL_DESC_DISPLAY_SIZE: int 11, decimal(p,s) p + 2,
// datetime 23, nvarchar(n) n, ...), never narrower than the column name when headers are shown.
// Large types (the max types, text, ntext, image, xml) are cut at 256 characters unless
// @query_no_truncate = 1, which shows them whole (sp_send_dbmail (Transact-SQL)).
import type { SqlType } from '../../../types/sql-type';

export const TRUNCATED_WIDTH = 256;

/** null: a large type (as wide as allowed: 256, or its longest value with @query_no_truncate) */
export function displaySize(type: SqlType): number | null {
  switch (type.kind) {
    case 'bit': return 1;
    case 'tinyint': return 3;
    case 'smallint': return 6;
    case 'int': return 11;
    case 'bigint': return 20;
    case 'decimal': return type.precision + 2;
    case 'real': return 14;
    case 'float': return 24;
    case 'money': return 21;
    case 'smallmoney': return 12;
    case 'char': case 'varchar': case 'nchar': case 'nvarchar':
      return type.length === 'max' ? null : type.length;
    case 'binary': case 'varbinary':
      return type.length === 'max' ? null : 2 + 2 * type.length;
    case 'text': case 'ntext': case 'image': case 'xml': case 'sql_variant': return null;
    case 'uniqueidentifier': return 36;
    case 'date': return 10;
    case 'time': return 8 + (type.scale > 0 ? type.scale + 1 : 0);
    case 'datetime2': return 19 + (type.scale > 0 ? type.scale + 1 : 0);
    case 'datetimeoffset': return 26 + (type.scale > 0 ? type.scale + 1 : 0);
    case 'datetime': return 23;
    case 'smalldatetime': return 19;
    default: {
      const never: never = type;
      return never;
    }
  }
}

/** numbers are right-aligned in their column, everything else left-aligned */
export function rightAligned(type: SqlType): boolean {
  switch (type.kind) {
    case 'bit': case 'tinyint': case 'smallint': case 'int': case 'bigint': case 'decimal':
    case 'real': case 'float': case 'money': case 'smallmoney':
      return true;
    default:
      return false;
  }
}
